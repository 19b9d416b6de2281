#pragma once
// The second step: what goes wrong. The user pastes the error message they got (it is explained
// at once and the matching symptoms are ticked) and/or ticks symptoms from the catalogue, or
// leaves "check everything" on. nextText() is "Start check".
#include "diagnosis/error_text.h"
#include "wizard_page.h"
#include <QPalette>
#include <QVector>
#include <memory>

class QCheckBox;
class QLabel;
class QTimer;

class QLineEdit;

namespace rd {

namespace Ui {
class SymptomsPage;
}

class SymptomsPage : public WizardPage
{
    Q_OBJECT
public:
    explicit SymptomsPage(WizardModel *model, QWidget *parent = nullptr);
    ~SymptomsPage() override;

    QString stepTitle() const override;   // "What happens"
    void enter() override;                // reads symptoms and the pasted text back from the model
    void leave() override;                // writes model->symptoms (empty = everything), model->pastedError
    bool canGoNext() const override;      // a symptom or "check everything" is ticked
    QString nextText() const override;    // "&Start check"
    QWidget *firstFocus() override;       // the paste box

    // The ticked symptom ids in catalogue order; empty when "check everything" is ticked.
    QStringList selectedSymptoms() const;
    bool checkEverything() const;
    // What the pasted text was recognised as (after the typing pause, or at once via recognizeNow()).
    Recognition recognition() const { return m_recognition; }
    // Runs the recognition of the pasted text now instead of after the typing pause.
    void recognizeNow();

protected:
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    struct SymptomRow
    {
        QString id;
        QCheckBox *box = nullptr;
        QLabel *example = nullptr;
    };

    void buildSymptoms();
    void updateSymptomTexts();
    void onSymptomToggled(bool checked);
    void onCheckEverythingToggled(bool checked);
    void showRecognition();
    void announceRecognition();
    void useRecognizedRegistry();
    void applyStyles();

    std::unique_ptr<Ui::SymptomsPage> ui;
    QVector<SymptomRow> m_rows;
    QTimer *m_debounce = nullptr;
    Recognition m_recognition;
    QStringList m_autoChecked;     // symptoms ticked because the pasted message named them
    bool m_updating = false;
    bool m_styling = false;
    QString m_usedRegistry;        // the registry the user took over from the message
    QLabel *m_caseLabel = nullptr;
    QLineEdit *m_caseEdit = nullptr; // a help-desk case number, for the report
};

} // namespace rd
