#pragma once
// Recognises error messages users paste from docker, BuildKit, podman/buildah/skopeo, helm, oras,
// containerd/ctr/nerdctl/crictl, kubelet events, the Azure, AWS and Google Cloud CLIs, the Docker
// Desktop dialog or `az acr check-health`, pulls out what they carry and maps them to symptoms and
// likely causes. A paste may be a whole CI log: it is read streaming, line by line, in bounded
// memory, and the last registry error in it wins over earlier noise.
#include <QSet>
#include <QString>
#include <QStringDecoder>
#include <QStringList>
#include <QVariantMap>
#include <QVector>

class QIODevice;

namespace rd {

struct RecognizedMessage
{
    QString patternId;      // stable id of the known message, e.g. "docker-daemon-down"
    QString source;         // the program whose message the pattern knows: "docker", "az", "buildkit", "kubelet", ...
    QString client;         // the client that printed it here (see clientNames()), or empty when unknown
    QString meaning;        // translated, plain words: what this message means
    QStringList symptoms;   // symptom ids (see symptom_catalog.h)
    QStringList causes;     // likely cause ids, most likely first
    QVariantMap extracted;  // "registry", "clientIp", "helper", "statusCode", "host", "resolver", "errorCode", "platform", "secret"
    QString excerpt;        // the matched text, at most 300 characters
};

struct Recognition
{
    QVector<RecognizedMessage> matches;   // in the order they appear; of a long log, the last ones
    qint64 lines = 0;                     // non-blank lines read
    // The message that decides: the last one that names a cause (the last registry error in a log
    // wins over earlier noise), or null.
    const RecognizedMessage *primary() const;
    QStringList symptoms() const;         // union, in order
    QStringList causes() const;           // union, the primary message's first
    QString registry() const;             // the registry the primary message names, else the last one named
    QString client() const;               // the client of the primary message, else the last one known
};

// The clients whose messages are told apart: "docker", "buildkit", "podman" (also buildah and
// skopeo), "helm", "oras", "containerd" (ctr, nerdctl, crictl), "kubelet", "az", "aws", "gcloud".
QStringList clientNames();

// Reads a paste piece by piece; lines are analysed in blocks as they complete, so memory stays
// bounded whatever the size of the log.
class ErrorTextReader
{
public:
    ErrorTextReader();
    void addText(QStringView text);
    void addBytes(QByteArrayView utf8);   // may split a character between calls
    Recognition finish();

private:
    void addLine(QStringView line);
    void flushBlock();

    QStringDecoder m_decoder;
    QString m_partial;            // the unfinished last line
    QString m_block;              // normalised complete lines not analysed yet
    QString m_contextClient;      // the client named by the lines before
    int m_contextAge = 0;         // lines since then
    int m_builderDriver = 0;      // 1 buildx docker-container driver, -1 docker driver, 0 not said
    qint64 m_lines = 0;
    QVector<RecognizedMessage> m_matches;
    QSet<QString> m_seen;
};

Recognition recognizeErrorText(const QString &text);
Recognition recognizeErrorText(QIODevice &device);   // reads to the end

} // namespace rd
