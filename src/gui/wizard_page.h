#pragma once
// One step of the wizard. The main window shows one page at a time with Back / Next buttons and
// asks the page whether they apply; a page writes its answers to the shared model in leave().
#include <QEvent>
#include <QWidget>

namespace rd {

class WizardModel;

class WizardPage : public QWidget
{
    Q_OBJECT
public:
    explicit WizardPage(WizardModel *model, QWidget *parent = nullptr) : QWidget(parent), m_model(model) {}

    virtual QString stepTitle() const = 0;        // translated, short: "Registry"
    virtual void enter() {}                       // the page becomes visible
    virtual void leave() {}                       // the user moves on: store the answers
    virtual bool canGoNext() const { return true; }
    virtual bool canGoBack() const { return true; }
    virtual QString nextText() const { return tr("&Next"); }
    virtual QWidget *firstFocus() { return nullptr; } // where the keyboard starts on this page

signals:
    void completeChanged();   // canGoNext / canGoBack / nextText changed
    void nextRequested();     // the page wants to move on (Enter in the last field, a check that ended)
    void backRequested();

protected:
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }
    // Called on a language switch: every visible text again, in the new language.
    virtual void retranslate() {}
    WizardModel *m_model;
};

} // namespace rd
