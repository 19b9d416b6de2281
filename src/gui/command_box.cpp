#include "command_box.h"
#include "accessibility.h"
#include "palette_colors.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>

namespace rd {

CommandBox::CommandBox(const QString &text, QWidget *parent)
    : QFrame(parent), m_text(text), m_feedback(new QTimer(this))
{
    setObjectName(QStringLiteral("commandBox"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 8);
    layout->setSpacing(10);

    // One line, never wrapped: a command broken inside a flag or a name is hard to read out on the
    // phone or to retype. A long one scrolls sideways inside its own box (and Copy takes it whole).
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("commandScroll"));
    m_scroll->setProperty("rdScrollsSideways", true);   // on purpose: tests/gui/layout_checks.h
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_label = new QLabel(text);
    m_label->setObjectName(QStringLiteral("commandText"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(false);
    m_label->setAutoFillBackground(false);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setFocusPolicy(Qt::NoFocus);   // the Copy button is the keyboard's way in
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font().pointSizeF() * 0.95);
    m_label->setFont(mono);
    m_scroll->setWidget(m_label);
    // Room for the line and, when it is longer than the box, the scroll bar under it.
    m_scroll->setFixedHeight(m_label->sizeHint().height() + m_scroll->horizontalScrollBar()->sizeHint().height() + 2);
    m_scroll->setMinimumWidth(40);
    layout->addWidget(m_scroll, 1, Qt::AlignVCenter);

    m_copy = new QPushButton(this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setAutoDefault(false);
    m_copy->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    layout->addWidget(m_copy, 0, Qt::AlignTop);
    connect(m_copy, &QPushButton::clicked, this, &CommandBox::copy);

    m_feedback->setSingleShot(true);
    m_feedback->setInterval(kFeedbackMs);
    connect(m_feedback, &QTimer::timeout, this, &CommandBox::retranslate);
    retranslate();
}

void CommandBox::setCopyAccessibleName(const QString &name)
{
    m_accessibleName = name;
    retranslate();
}

void CommandBox::copy()
{
    QGuiApplication::clipboard()->setText(m_text);
    //: Button text for a moment after the command was copied. Keep it about as short as "Copy".
    m_copy->setText(tr("Copied"));
    m_copy->setAccessibleDescription(tr("Copied to the clipboard"));
    announce(this, m_copy->accessibleDescription());
    m_feedback->start();
    emit copied(m_text);
}

void CommandBox::retranslate()
{
    // Wide enough for "Copy" and "Copied" in any language, so the box does not jump.
    const QFontMetrics fm(m_copy->font());
    const int textWidth = qMax(fm.horizontalAdvance(tr("Copy")), fm.horizontalAdvance(tr("Copied")));
    m_copy->setMinimumWidth(textWidth + 32);
    if (!m_feedback->isActive()) {
        //: Button that copies a command to the clipboard (verb). Short.
        m_copy->setText(tr("Copy"));
        m_copy->setAccessibleDescription(QString());
    }
    //: Screen-reader name of the copy button; %1 is the command itself (not translated).
    m_copy->setAccessibleName(m_accessibleName.isEmpty() ? tr("Copy command: %1").arg(m_text) : m_accessibleName);
    m_copy->setToolTip(tr("Copy to the clipboard"));
    m_label->setAccessibleName(m_text);
}

void CommandBox::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    p.fillPath(path, codeBackground(palette()));
    p.setPen(QPen(cardBorder(palette()), 1));
    p.drawPath(path);
}

void CommandBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace rd
