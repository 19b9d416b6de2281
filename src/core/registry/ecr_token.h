#pragma once
// The expiry an Amazon ECR token carries inside it. The password `aws ecr get-login-password`
// prints (and `docker-credential-ecr-login` hands Docker) is base64 of a JSON object with the
// fields payload, datakey, version, type ("DATA_KEY") and expiration (seconds since 1970, UTC),
// twelve hours after it was made. Reading it needs no request to AWS.
#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace rd {

// The token's expiry, or nothing when `password` is not an ECR token of that shape.
std::optional<QDateTime> ecrTokenExpiry(const QByteArray &password);

} // namespace rd
