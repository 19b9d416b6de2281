#pragma once
// Levenshtein distance between two short strings (a domain label, a repository name): how many
// single-character insertions, deletions or substitutions turn one into the other.
#include <QString>

namespace rd {

int editDistance(const QString &a, const QString &b);

} // namespace rd
