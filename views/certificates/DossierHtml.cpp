#include "DossierHtml.h"

#include "premises/CertificateTexts.h"
#include "premises/DossierChecklist.h"

#include <algorithm>

namespace regie {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString heading(const QString& text)
{
    return QStringLiteral("<h3 style='margin-top:14px; margin-bottom:4px'>%1</h3>").arg(esc(text));
}

QString row(const QStringList& cells)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells)
        html += QStringLiteral("<td style='padding:2px 10px 2px 0'>%1</td>").arg(cell);
    return html + QStringLiteral("</tr>");
}

QString mark(DossierChecklist::State state)
{
    switch (state) {
    case DossierChecklist::State::Present:
        return QStringLiteral("<span style='color:#1d6b2f'>✓</span>");
    case DossierChecklist::State::Stale:
        return QStringLiteral("<span style='color:#b01c1c'>⚠</span>");
    case DossierChecklist::State::Missing:
    default:
        return QStringLiteral("<span style='color:#b01c1c'>✗</span>");
    }
}

// Core event details are "<kind> <date or result>": the kind and result in words.
QString detailText(const QString& detail)
{
    QStringList words = detail.split(QLatin1Char(' '));
    if (words.isEmpty())
        return detail;
    const QString document = CertificateTexts::documentKind(words.first());
    const QString check = CertificateTexts::checkKind(words.first());
    if (document != words.first())
        words.first() = document;
    else if (check != words.first())
        words.first() = check;
    else
        return detail;
    for (QString& word : words) {
        if (word == QLatin1String("favourable"))
            word = DossierHtml::tr("favourable");
        else if (word == QLatin1String("unfavourable"))
            word = DossierHtml::tr("unfavourable");
        else if (const QDate date = QDate::fromString(word, Qt::ISODate); date.isValid())
            word = CertificateTexts::date(date);
    }
    return words.join(QLatin1Char(' '));
}

QString table(const QString& rows)
{
    return QStringLiteral("<table cellspacing='0'>%1</table>").arg(rows);
}

} // namespace

QString DossierHtml::premises(const Premises& p, const QDate& today)
{
    QString html;
    QStringList windows;
    for (const PremisesWindow& w : p.windows)
        windows << esc(w.number);
    QString rows = row({tr("Windows"), windows.isEmpty() ? QString::number(p.windowCount)
                                                         : windows.join(QStringLiteral(", "))});
    rows += row({tr("Cadastral parcel"),
                 p.cadastralParcel.isEmpty() ? tr("(not recorded)") : esc(p.cadastralParcel)});
    html += table(rows);
    html += heading(tr("Holders"));
    if (p.holders.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("No holder recorded — add one in the Holders tab.")));
    QString holders;
    for (const PremisesHolder& h : p.holders) {
        const QString role = h.role == PremisesHolder::Role::MainHolder ? tr("main holder")
                             : h.role == PremisesHolder::Role::Manager  ? tr("manager")
                                                                        : tr("holder");
        const QString period = h.ends.isValid()
                                   ? tr("%1 – %2").arg(CertificateTexts::date(h.begins),
                                                       CertificateTexts::date(h.ends))
                                   : tr("since %1").arg(CertificateTexts::date(h.begins));
        holders += row({esc(h.personName), esc(role),
                        esc(period) + (h.activeOn(today) ? QString() : esc(tr(" (ended)")))});
    }
    return html + table(holders);
}

QString DossierHtml::dossier(const CertificateDossier* d, const CertificateRules& rules,
                             const QDate& today)
{
    if (!d)
        return heading(tr("Certificate")) +
               QStringLiteral("<p>%1</p>")
                   .arg(esc(tr("No application yet — start one with “New application”.")));
    QString html =
        heading(tr("Application checklist (%1 of %2)")
                    .arg(d->kind == QLatin1String("renewal") ? tr("renewal") : tr("application"),
                         CertificateTexts::date(d->applicationDate)));
    QString rows;
    for (const DossierChecklist::Line& line : DossierChecklist::documents(*d, rules)) {
        const QString state = line.state == DossierChecklist::State::Present
                                  ? tr("received %1").arg(CertificateTexts::date(line.date))
                                  : line.problem;
        rows += row({mark(line.state), esc(line.label), esc(state)});
    }
    html += table(rows);

    html += heading(tr("Checks"));
    rows.clear();
    for (const DossierChecklist::Line& line : DossierChecklist::checks(*d)) {
        const CertificateCheck* check = nullptr;
        for (const CertificateCheck& c : d->checks) {
            if (c.kind == line.kind && c.date == line.date)
                check = &c;
        }
        if (!check) {
            rows += row({mark(line.state), esc(line.label), esc(tr("not recorded"))});
            continue;
        }
        const QString result = check->favourable ? tr("favourable") : tr("unfavourable");
        rows += row({check->favourable ? mark(DossierChecklist::State::Present)
                                       : mark(DossierChecklist::State::Stale),
                     esc(line.label), esc(CertificateTexts::date(check->date)),
                     esc(check->inspector), esc(result), esc(check->remarks)});
    }
    html += table(rows);

    html += heading(tr("Decision"));
    if (const CertificateEvent* decision = d->decision()) {
        QString text = tr("%1 on %2")
                           .arg(CertificateTexts::outcome(decision->outcome),
                                CertificateTexts::date(decision->date));
        if (decision->validUntil.isValid())
            text += QStringLiteral(" — ") +
                    tr("valid until %1").arg(CertificateTexts::date(decision->validUntil));
        html += QStringLiteral("<p>%1</p>").arg(esc(text));
        if (!decision->detail.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(decision->detail));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Not decided yet.")));
    }
    if (!d->conditions.isEmpty()) {
        html += heading(tr("Conditions"));
        rows.clear();
        for (const CertificateCondition& c : d->conditions) {
            QString state;
            if (c.metDate.isValid())
                state = tr("met on %1").arg(CertificateTexts::date(c.metDate));
            else if (c.dueDate < today)
                state =
                    QStringLiteral("<span style='color:#b01c1c'>%1</span>")
                        .arg(esc(tr("⚠ overdue since %1").arg(CertificateTexts::date(c.dueDate))));
            else
                state = esc(tr("due %1").arg(CertificateTexts::date(c.dueDate)));
            rows += row({esc(c.text), c.metDate.isValid() ? esc(state) : state});
        }
        html += table(rows);
    }

    html += heading(tr("History"));
    QVector<CertificateEvent> events = d->events;
    std::stable_sort(
        events.begin(), events.end(),
        [](const CertificateEvent& a, const CertificateEvent& b) { return a.date > b.date; });
    rows.clear();
    for (const CertificateEvent& e : events) {
        QString what = CertificateTexts::eventKind(e.kind);
        if (!e.outcome.isEmpty())
            what += QStringLiteral(": ") + CertificateTexts::outcome(e.outcome);
        QString detail = detailText(e.detail);
        if (e.endDate.isValid())
            detail = tr("until %1").arg(CertificateTexts::date(e.endDate)) +
                     (detail.isEmpty() ? QString() : QStringLiteral(" — ") + detail);
        if (!e.reference.isEmpty())
            detail += (detail.isEmpty() ? QString() : QStringLiteral(" — ")) + e.reference;
        rows += row({esc(CertificateTexts::date(e.date)),
                     QStringLiteral("<b>%1</b>").arg(esc(what)), esc(detail)});
    }
    return html + table(rows);
}

QString DossierHtml::inspections(const QVector<Inspection>& inspections)
{
    QString html = heading(tr("Inspections"));
    if (inspections.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("No inspection yet.")));
    QString rows;
    for (const Inspection& i : inspections)
        rows += row({esc(CertificateTexts::date(i.date)),
                     esc(CertificateTexts::inspectionKind(i.kind)), esc(i.inspector),
                     esc(tr("checklist %1 v%2").arg(i.templateCode).arg(i.templateVersion)),
                     esc(i.isFinal() ? tr("finalised") : tr("open"))});
    return html + table(rows);
}

} // namespace regie
