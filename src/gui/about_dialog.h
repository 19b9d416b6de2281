#pragma once
#include <QDialog>

namespace rd {

// Version of the product, of Qt and of OpenSSL, and the licences.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace rd
