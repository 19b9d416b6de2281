#pragma once
// What docker-credential-pass needs to work, read from files rather than by running pass: the
// password store's folder set up by `pass init` (its .gpg-id names the GPG keys), and the secret part
// of that key in GnuPG's key folder. The helper itself only says "not found" (or, before 0.7, prints
// an empty login) when the store was never set up, while `docker login` then fails with
// 'pass not initialized ... Try "pass init"'.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rd {

QString passStoreDir();   // $PASSWORD_STORE_DIR, else ~/.password-store
QString gnupgHomeDir();   // $GNUPGHOME, else ~/.gnupg

// The key IDs, fingerprints or e-mail addresses in <store>/.gpg-id (one a line); empty when the store
// was never initialised. A regular file of at most 64 KiB is read, nothing else.
QStringList passStoreKeyIds(const QString &storeDir);

// The keygrips in `gpg --with-colons --with-keygrip --list-keys` output ("grp" records).
QStringList keygripsFromGpgColons(const QByteArray &out);

// Whether GnuPG holds the secret part of any of these keygrips (private-keys-v1.d/<grip>.key).
bool secretKeyPresent(const QString &gnupgHome, const QStringList &keygrips);

} // namespace rd
