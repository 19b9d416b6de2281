#include "about_dialog.h"
#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QSslSocket>
#include <QVBoxLayout>

namespace rd {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Registry Doctor"));
    auto *layout = new QVBoxLayout(this);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/registry-doctor.svg")).pixmap(64, 64));
    layout->addWidget(icon, 0, Qt::AlignHCenter);
    auto *text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    text->setOpenExternalLinks(true);
    text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    //: Stands for the OpenSSL version in the About box when OpenSSL cannot be loaded.
    const QString openssl = QSslSocket::supportsSsl() ? QSslSocket::sslLibraryVersionString() : tr("not available");
    //: %1 is the program version, %2 the Qt version, %3 the OpenSSL version (or "not available"). Keep the HTML tags.
    text->setText(tr("<h2>Registry Doctor %1</h2>"
                     "<p>Finds out why you cannot sign in to a container registry, and tells you how to fix it.</p>"
                     "<p>Qt %2<br>%3</p>"
                     "<p>Registry Doctor is free software under the MIT licence.<br>"
                     "Qt is used under the GNU Lesser General Public License version 3.<br>"
                     "OpenSSL is used under the Apache License 2.0.</p>")
                      .arg(QStringLiteral(RD_VERSION), QString::fromLatin1(qVersion()), openssl.toHtmlEscaped()));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

} // namespace rd
