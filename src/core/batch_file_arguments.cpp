#include "batch_file_arguments.h"

namespace rd {

bool isBatchFile(const QString &program)
{
    return program.endsWith(QLatin1String(".cmd"), Qt::CaseInsensitive)
        || program.endsWith(QLatin1String(".bat"), Qt::CaseInsensitive);
}

bool isSafeBatchFileArgumentList(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument.isEmpty())
            return false; // an empty argument needs quotes
        for (const QChar c : argument) {
            const char16_t u = c.unicode();
            const bool plain = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                || QStringView(u"-_.:/=@,+{}").contains(c);
            if (!plain)
                return false;
        }
    }
    return true;
}

} // namespace rd
