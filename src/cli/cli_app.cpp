#include "cli_app.h"

namespace rd {

int CliApp::run(const QStringList &)
{
    return 3;
}

} // namespace rd
