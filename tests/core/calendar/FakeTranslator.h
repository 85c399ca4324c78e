#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

namespace regie::test {

// A translator with a few fixed translations, installed while the object lives. It shows that
// core texts follow the installed translator (as in the GUI) without the compiled .qm files.
class FakeTranslator : public QTranslator
{
public:
    // Keys are "context|English source".
    explicit FakeTranslator(QHash<QString, QString> texts) : m_texts(std::move(texts))
    {
        QCoreApplication::installTranslator(this);
    }
    ~FakeTranslator() override { QCoreApplication::removeTranslator(this); }
    FakeTranslator(const FakeTranslator&) = delete;
    FakeTranslator& operator=(const FakeTranslator&) = delete;

    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char* context, const char* source, const char* = nullptr,
                      int = -1) const override
    {
        return m_texts.value(QString::fromUtf8(context) + QLatin1Char('|') +
                             QString::fromUtf8(source));
    }

private:
    QHash<QString, QString> m_texts;
};

// The Dutch of the calendar texts a registered letter's notification uses.
inline QHash<QString, QString> dutchCalendarTexts()
{
    return {
        {QStringLiteral("LegalCalendar|notified %1: third working day after posting on %2"),
         QStringLiteral("vermoed ontvangen op %1: derde werkdag na de afgifte ter post op %2")},
        {QStringLiteral("LegalCalendar|not counted: %1"), QStringLiteral("niet meegeteld: %1")},
        {QStringLiteral("LegalCalendar|Easter Monday"), QStringLiteral("Paasmaandag")},
        {QStringLiteral("LegalCalendar|a %1"), QStringLiteral("een %1")},
        {QStringLiteral("CalendarText|Saturday"), QStringLiteral("zaterdag")},
        {QStringLiteral("CalendarText|Sunday"), QStringLiteral("zondag")},
        {QStringLiteral("CalendarText|Monday"), QStringLiteral("maandag")},
        {QStringLiteral("CalendarText|%1 days"), QStringLiteral("%1 dagen")},
    };
}

} // namespace regie::test
