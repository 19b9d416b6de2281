#include "accessibility.h"
#include "palette_colors.h"

#include <QAbstractButton>
#include <QAccessibleWidget>
#include <QLineEdit>
#include <QPainter>
#include <QTextDocumentFragment>

namespace rd {

namespace {

const char kRoleProperty[] = "rdAccessibleRole";

// A widget with a role Qt's own interfaces do not give it. Its name is the accessible name, else
// the label's or button's text; a button keeps its press action (a link is activated by it).
class RoleAccessible : public QAccessibleWidget
{
public:
    RoleAccessible(QWidget *w, QAccessible::Role role) : QAccessibleWidget(w, role) {}

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty()) {
            if (auto *label = qobject_cast<QLabel *>(widget()))
                return label->textFormat() == Qt::PlainText ? label->text()
                                                            : QTextDocumentFragment::fromHtml(label->text()).toPlainText();
            if (auto *button = qobject_cast<QAbstractButton *>(widget()))
                return QString(button->text()).remove(QLatin1Char('&'));
        }
        return QAccessibleWidget::text(t);
    }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        if (role() == QAccessible::Link)
            s.linked = true;
        const QVariant selected = widget()->property("rdSelected");   // an item of a list (the steps)
        if (selected.isValid()) {
            s.selectable = true;
            s.selected = selected.toBool();
        }
        return s;
    }

    QStringList actionNames() const override
    {
        QStringList names = QAccessibleWidget::actionNames();
        if (qobject_cast<QAbstractButton *>(widget()))
            names.prepend(pressAction());
        return names;
    }

    void doAction(const QString &action) override
    {
        auto *button = qobject_cast<QAbstractButton *>(widget());
        if (button && action == pressAction())
            button->click();
        else
            QAccessibleWidget::doAction(action);
    }
};

// An echo-mode line edit: its name, that it is a password field, how many characters it holds.
// No text interface: the AT-SPI bridge then sends none of Qt's text events (they carry the typed
// characters in Qt 6.4), and nothing can read the text back.
class SecretFieldAccessible : public QAccessibleWidget
{
public:
    explicit SecretFieldAccessible(QLineEdit *edit) : QAccessibleWidget(edit, QAccessible::EditableText) {}

    QLineEdit *edit() const { return static_cast<QLineEdit *>(widget()); }

    QAccessible::State state() const override
    {
        QAccessible::State s = QAccessibleWidget::state();
        s.passwordEdit = true;
        s.editable = !edit()->isReadOnly();
        s.readOnly = edit()->isReadOnly();
        return s;
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return QString();
        if (t == QAccessible::Description) {
            // The singular has its own sentence so English reads right without a translation file.
            const int n = int(edit()->text().size());
            const QString length = n == 1 ? LiveStatus::tr("1 character typed") : LiveStatus::tr("%n characters typed", nullptr, n);
            const QString own = QAccessibleWidget::text(t);
            return own.isEmpty() ? length : own + QLatin1String(". ") + length;
        }
        return QAccessibleWidget::text(t);
    }
};

// The status line: a notification whose text is readable, so that each announcement reaches the
// accessibility bus as inserted text (Qt 6.4's name-change events carry no name).
class LiveStatusAccessible : public QAccessibleWidget, public QAccessibleTextInterface
{
public:
    explicit LiveStatusAccessible(LiveStatus *w) : QAccessibleWidget(w, QAccessible::Notification) {}

    QString label() const { return static_cast<LiveStatus *>(widget())->text(); }
    void *interface_cast(QAccessible::InterfaceType t) override
    {
        return t == QAccessible::TextInterface ? static_cast<QAccessibleTextInterface *>(this) : QAccessibleWidget::interface_cast(t);
    }
    QString text(QAccessible::Text t) const override { return t == QAccessible::Name ? label() : QAccessibleWidget::text(t); }

    // Read-only text, no selection, no caret.
    void selection(int, int *start, int *end) const override { *start = *end = 0; }
    int selectionCount() const override { return 0; }
    void addSelection(int, int) override {}
    void removeSelection(int) override {}
    void setSelection(int, int, int) override {}
    int cursorPosition() const override { return 0; }
    void setCursorPosition(int) override {}
    QString text(int start, int end) const override { return label().mid(start, end - start); }
    int characterCount() const override { return int(label().size()); }
    QRect characterRect(int) const override { return QRect(); }
    int offsetAtPoint(const QPoint &) const override { return -1; }
    void scrollToSubstring(int, int) override {}
    QString attributes(int, int *start, int *end) const override
    {
        *start = 0;
        *end = characterCount();
        return QString();
    }
};

QAccessibleInterface *factory(const QString &, QObject *object)
{
    auto *widget = qobject_cast<QWidget *>(object);
    if (!widget)
        return nullptr;
    if (auto *status = qobject_cast<LiveStatus *>(widget))
        return new LiveStatusAccessible(status);
    // A field marked "rdSecret" stays secret while its text is shown ("Show the password").
    if (auto *edit = qobject_cast<QLineEdit *>(widget); edit && (edit->echoMode() != QLineEdit::Normal || edit->property("rdSecret").toBool()))
        return new SecretFieldAccessible(edit);
    const QVariant role = widget->property(kRoleProperty);
    if (role.isValid())
        return new RoleAccessible(widget, QAccessible::Role(role.toInt()));
    return nullptr;
}

} // namespace

void installAccessibility()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    // Factories installed last are asked first: this one comes before Qt's widget factory.
    QAccessible::installFactory(factory);
}

void setAccessibleRole(QWidget *widget, QAccessible::Role role)
{
    installAccessibility();
    widget->setProperty(kRoleProperty, int(role));
    // An interface Qt made already (a label sends an event for its text as it is built, active
    // accessibility or not) would keep its old role: drop it, the next query asks the factory.
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget); iface && iface->role() != role)
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(iface));
}

LiveStatus::LiveStatus(QWidget *parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("liveStatus"));
    setTextFormat(Qt::PlainText);
    // One line at the bottom of the window; a long announcement is cut there, never widens it.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setAccessibleRole(this, QAccessible::Notification);   // the factory gives it LiveStatusAccessible
}

void LiveStatus::announce(const QString &text)
{
    if (text.isEmpty())
        return;
    m_last = text;
    setToolTip(text);
    m_history << text;
    // Hidden and shown again: a new "showing" event even when the text is the same as before,
    // with the new name in it, as a notification that appears.
    // Hidden and shown again: a notification that appears, also when the text is the same as
    // last time; its text replaced as a text update, which carries the words to the screen reader.
    const QString previous = this->text();
    hide();
    setText(text);
    show();
    QAccessibleTextUpdateEvent update(this, 0, previous, text);
    QAccessible::updateAccessibility(&update);
}

void announce(QWidget *from, const QString &text)
{
    if (!from)
        return;
    if (auto *status = from->window()->findChild<LiveStatus *>())
        status->announce(text);
}

void paintFocusFrame(QWidget *widget, const QRect &rect, qreal radius)
{
    QPainter p(widget);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(focusIndicatorColor(widget->palette()), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), radius, radius);
}

} // namespace rd
