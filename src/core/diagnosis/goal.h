#pragma once
// What stands between the user and their goal (sign in; then pull or push a repository), read
// from a diagnosis: where each cause blocks, the order a person has to fix them in (name and
// network before TLS before the registry's answer before sign-in before rights), which causes
// the goal does not need (notes, such as the Docker engine for a sign-in), and the one-line answer.
#include "diagnosis.h"

namespace rd {

enum class GoalStage {
    Name,       // the registry's name does not lead to an address
    Network,    // no connection (proxy, firewall, unreachable)
    Tls,        // the secure connection is not trusted
    Registry,   // the registry does not answer as one (unavailable, throttled, not a registry)
    SignIn,     // the credentials (or the tools that give them) do not work
    Rights,     // signed in, but not allowed to do it
    LocalTool,  // this computer's Docker, needed for the goal
    Note,       // true, but the goal does not need it
};

GoalStage goalStage(const Cause &cause, const Diagnosis &d);
bool isNote(const Cause &cause, const Diagnosis &d);

// Blocking causes by stage, then the notes; errors before warnings within a stage, otherwise
// in the order found.
void orderByGoal(QVector<Cause> &causes, const Diagnosis &d);

// The answer to the user's question in one line, in the reader's language: "You can sign in to
// contoso.azurecr.io and push to hello", "Sign-in to contoso.azurecr.io fails: ...", "Not tested:
// the sign-in could not be tried, because ...". Empty when the diagnosis gives no answer (no
// probes, stopped, or nothing failed and the sign-in was not tried).
QString goalHeadline(const Diagnosis &d);

} // namespace rd
