#pragma once
// What Google's tokeninfo endpoint says about an OAuth access token. A token from
// `gcloud auth print-access-token` (the password of the user oauth2accesstoken on Artifact Registry
// and Container Registry) is opaque ("ya29...."): unlike an ECR token or a JWT it carries no expiry
// that can be read locally, and it lives one hour. Google tells it: POST
// https://oauth2.googleapis.com/tokeninfo with the form body access_token=TOKEN answers 200 with a
// JSON object whose "exp" is the expiry in seconds since 1970 and "expires_in" the seconds left (both
// as strings there; the older www.googleapis.com/oauth2/v1/tokeninfo sends numbers), with "scope"
// and "email" when the token's scopes allow; an expired, revoked or unknown token gets 400
// {"error": "invalid_token", "error_description": "Invalid Value"}.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace rd {

struct GoogleTokenInfo
{
    enum class State {
        NotAsked,   // not a Google access token the check could ask about
        Valid,      // Google knows the token: expiresAt says until when
        Invalid,    // 400 invalid_token: expired or revoked (Google does not say which)
        Unknown,    // no answer, or an answer that is neither of those: `problem` says what
    };
    State state = State::NotAsked;
    std::optional<QDateTime> expiresAt; // UTC; only when Valid
    QString account;                    // "email", when the token's scopes show it
    QString problem;                    // Unknown: the network error, or "HTTP 503"; untranslated
};

// The tokeninfo endpoint of Google's OAuth 2.0 server.
QString googleTokenInfoUrl(); // "https://oauth2.googleapis.com/tokeninfo"

// Reads an answer of the tokeninfo endpoint (status and body) received at `now` (expires_in counts
// from then when exp is missing).
GoogleTokenInfo readGoogleTokenInfo(int status, const QByteArray &body, const QDateTime &now);

} // namespace rd
