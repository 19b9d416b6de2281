#pragma once
// Checks on a laid-out window that any language must pass: no text cut off (sideways, or at the
// bottom of a wrapped text), no page wider than its view (sideways scrolling), and no access key
// (&) used twice among the visible controls.
#include <QAbstractButton>
#include <QAction>
#include <QHash>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

namespace rd::test {

// Widgets whose text does not fit the room they were given.
inline QStringList cutTexts(QWidget *window)
{
    QStringList cut;
    for (QLabel *l : window->findChildren<QLabel *>()) {
        if (!l->isVisibleTo(window) || l->text().isEmpty() || !l->pixmap().isNull())
            continue;
        // A wrapped text is cut at the bottom when its layout gives it fewer lines than it needs:
        // a fixed part of a page, outside any scroll area, on a short screen. (Inside a scroll area
        // the content takes the height it asks for, and what does not fit is scrolled to.)
        if (l->wordWrap()) {
            bool scrolls = false;
            for (QWidget *p = l->parentWidget(); p && p != window && !scrolls; p = p->parentWidget())
                scrolls = qobject_cast<QScrollArea *>(p) != nullptr;
            const int need = l->heightForWidth(l->width());
            if (!scrolls && need > 0 && l->height() + 1 < need)
                cut << QStringLiteral("wrapped label \"%1\" (height %2 < %3)").arg(l->text().left(40)).arg(l->height()).arg(need);
            continue;
        }
        // A label that gives up its width on purpose (the status line: one line, its full text in
        // the tooltip and said to screen readers) is not cut by accident.
        if (l->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored)
            continue;
        if (l->width() + 1 < l->sizeHint().width() && l->width() < l->minimumSizeHint().width())
            cut << QStringLiteral("label \"%1\" (%2 < %3)").arg(l->text().left(40)).arg(l->width()).arg(l->sizeHint().width());
    }
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
        if (!b->isVisibleTo(window) || b->text().isEmpty())
            continue;
        if (b->width() + 1 < b->minimumSizeHint().width())
            cut << QStringLiteral("button \"%1\" (%2 < %3)").arg(b->text().left(40)).arg(b->width()).arg(b->minimumSizeHint().width());
    }
    return cut;
}

// Scroll areas whose content is wider than their view: the reader has to scroll sideways, and
// what is on the right is out of sight. (Each widget can still fit its own size hint.)
inline QStringList sidewaysScrolling(QWidget *window)
{
    QStringList wide;
    for (QScrollArea *a : window->findChildren<QScrollArea *>()) {
        // A command's own box scrolls sideways on purpose: commands are never wrapped.
        if (!a->isVisibleTo(window) || !a->widget() || a->property("rdScrollsSideways").toBool())
            continue;
        const int need = a->widget()->minimumSizeHint().width();
        const int room = a->viewport()->width();
        if (need <= room && a->horizontalScrollBar()->maximum() == 0)
            continue;
        // Name the widest thing inside, to say what to shorten or let wrap.
        QString widest;
        int widestWidth = 0;
        for (QWidget *w : a->widget()->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(window) || !w->findChildren<QWidget *>(Qt::FindDirectChildrenOnly).isEmpty())
                continue;
            // What the layout gives it at least: its minimum size hint if it may shrink, else its size hint.
            const bool shrinks = w->sizePolicy().horizontalPolicy() & QSizePolicy::ShrinkFlag;
            const int least = qMax(w->minimumWidth(), shrinks ? w->minimumSizeHint().width() : w->sizeHint().width());
            const int width = w->mapTo(a->widget(), QPoint(0, 0)).x() + least;
            if (width > widestWidth) {
                widestWidth = width;
                const auto *b = qobject_cast<QAbstractButton *>(w);
                const auto *l = qobject_cast<QLabel *>(w);
                widest = QStringLiteral("%1 \"%2\"").arg(QLatin1String(w->metaObject()->className()),
                                                          (b ? b->text() : l ? l->text() : w->objectName()).left(60));
            }
        }
        wide << QStringLiteral("%1 needs %2 px in a view of %3 px (widest: %4, %5 px)")
                    .arg(a->objectName()).arg(need).arg(room).arg(widest).arg(widestWidth);
    }
    return wide;
}

// Text cut off and pages that scroll sideways, each said with where it was seen.
inline QStringList fitProblems(QWidget *window, const QString &where)
{
    QStringList found;
    for (const QString &p : cutTexts(window))
        found << where + QStringLiteral(": cut off: ") + p;
    for (const QString &p : sidewaysScrolling(window))
        found << where + QStringLiteral(": scrolls sideways: ") + p;
    return found;
}

// Access keys used by more than one visible control: the menu bar's titles, buttons, and the
// labels that lead to a field (their buddy). The same text twice (a "Check again" on each result
// card) is one action on several items, not a clash.
inline QStringList mnemonicClashes(QWidget *window)
{
    QHash<QString, QStringList> byKey;
    auto note = [&byKey](const QString &text) {
        const QString key = QKeySequence::mnemonic(text).toString().toUpper();
        if (!key.isEmpty() && !byKey[key].contains(text))
            byKey[key] << text;
    };
    for (QMenuBar *bar : window->findChildren<QMenuBar *>())
        if (bar->isVisibleTo(window))
            for (QAction *a : bar->actions())
                if (a->isVisible())
                    note(a->text());
    for (QAbstractButton *b : window->findChildren<QAbstractButton *>())
        if (b->isVisibleTo(window))
            note(b->text());
    for (QLabel *l : window->findChildren<QLabel *>())
        if (l->isVisibleTo(window) && l->buddy() && l->textFormat() != Qt::RichText)
            note(l->text());
    QStringList clashes;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            clashes << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(" / ")));
    clashes.sort();
    return clashes;
}

// Access keys used twice within one menu of the window's menu bar (a menu is a window of its own).
inline QStringList menuMnemonicClashes(QWidget *window)
{
    QStringList clashes;
    for (QMenuBar *bar : window->findChildren<QMenuBar *>()) {
        for (QAction *title : bar->actions()) {
            if (!title->menu())
                continue;
            QHash<QString, QStringList> byKey;
            for (QAction *a : title->menu()->actions()) {
                const QString key = QKeySequence::mnemonic(a->text()).toString().toUpper();
                if (a->isVisible() && !a->isSeparator() && !key.isEmpty())
                    byKey[key] << a->text();
            }
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
                if (it.value().size() > 1)
                    clashes << QStringLiteral("%1 %2: %3").arg(title->text(), it.key(), it.value().join(QStringLiteral(" / ")));
        }
    }
    clashes.sort();
    return clashes;
}

} // namespace rd::test
