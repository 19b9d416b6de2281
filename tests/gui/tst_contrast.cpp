// WCAG AA contrast of every text colour the wizard draws with, on each background it is drawn on,
// in light and dark palettes: text at least 4.5:1, focus indicators at least 3:1. The palettes are
// those the wizard meets: Fusion's own (light), Qt's Fusion dark, a Breeze-like dark, a
// Windows-like light with a pale highlight, and the palette of this test's own application.
#include "page_style.h"
#include "palette_colors.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>
#include <QTest>
#include <QWidget>
#include <memory>

using namespace rd;

namespace {

QPalette makePalette(QRgb window, QRgb text, QRgb base, QRgb alternate, QRgb button, QRgb highlight,
                     QRgb highlightedText, QRgb link)
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(window));
    p.setColor(QPalette::WindowText, QColor(text));
    p.setColor(QPalette::Base, QColor(base));
    p.setColor(QPalette::AlternateBase, QColor(alternate));
    p.setColor(QPalette::Text, QColor(text));
    p.setColor(QPalette::Button, QColor(button));
    p.setColor(QPalette::ButtonText, QColor(text));
    p.setColor(QPalette::Highlight, QColor(highlight));
    p.setColor(QPalette::HighlightedText, QColor(highlightedText));
    p.setColor(QPalette::Link, QColor(link));
    return p;
}

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT
private slots:
    void ratio_matchesWcag()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) * 100), 448);   // the classic just-fail grey
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QCOMPARE(contrastRatio(Qt::red, Qt::white), contrastRatio(Qt::white, Qt::red));
        const QColor fixed = readableOn(QColor(0x99, 0x99, 0x99), Qt::white);
        QVERIFY(contrastRatio(fixed, Qt::white) >= 4.5);
        QCOMPARE(readableOn(Qt::black, Qt::white), QColor(Qt::black));   // already fine: unchanged
    }

    void everyTextRole_readsInEveryPalette_data()
    {
        QTest::addColumn<QPalette>("palette");
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QTest::newRow("Fusion light") << fusion->standardPalette();
        QTest::newRow("Fusion dark") << makePalette(0x323232, 0xf0f0f0, 0x242424, 0x2c2c2c, 0x3c3c3c, 0x308cc6, 0xffffff, 0x308cc6);
        QTest::newRow("Breeze dark") << makePalette(0x202326, 0xfcfcfc, 0x141618, 0x1d1f22, 0x292c30, 0x3daee9, 0xfcfcfc, 0x1d99f3);
        QTest::newRow("Windows light") << makePalette(0xf0f0f0, 0x000000, 0xffffff, 0xe9e7e3, 0xf0f0f0, 0x99c9ef, 0x000000, 0x0066cc);
        QTest::newRow("this application") << QApplication::palette();
    }

    void everyTextRole_readsInEveryPalette()
    {
        QFETCH(QPalette, palette);
        const QVector<ColorPair> pairs = textColorPairs(palette);
        QVERIFY(pairs.size() >= 20);
        for (const ColorPair &pair : pairs) {
            const double ratio = contrastRatio(pair.text, pair.background);
            qInfo("%-40s %5.2f:1 (%s on %s)", qPrintable(pair.role), ratio, qPrintable(pair.text.name()),
                  qPrintable(pair.background.name()));
            QVERIFY2(ratio >= pair.minimum,
                     qPrintable(QStringLiteral("%1: %2:1, needs %3:1").arg(pair.role).arg(ratio, 0, 'f', 2).arg(pair.minimum)));
        }
    }

    void pagesUseTheCheckedColours()
    {
        // The hints of every page come from PageStyle: the same colour the test above checked.
        QWidget w;
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        w.setPalette(fusion->standardPalette());
        const PageStyle look = PageStyle::of(&w);
        QCOMPARE(look.secondary.color(QPalette::WindowText), secondaryTextColor(w.palette()));
        QVERIFY(contrastRatio(secondaryTextColor(w.palette()), w.palette().color(QPalette::AlternateBase)) >= 4.5);
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
