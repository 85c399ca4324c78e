#include "RecordWords.h"

#include <QHash>

namespace regie {

QString RecordWords::plain(const QString& name)
{
    QString words = name;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QString RecordWords::kind(const QString& entity)
{
    static const QHash<QString, const char*> kinds{
        {QStringLiteral("persons"), QT_TRANSLATE_NOOP("RecordWords", "Person")},
        {QStringLiteral("premises"), QT_TRANSLATE_NOOP("RecordWords", "Premises")},
        {QStringLiteral("windows"), QT_TRANSLATE_NOOP("RecordWords", "Window")},
        {QStringLiteral("premises_holders"),
         QT_TRANSLATE_NOOP("RecordWords", "Holder of premises")},
        {QStringLiteral("gas_dossiers"), QT_TRANSLATE_NOOP("RecordWords", "GAS dossier")},
        {QStringLiteral("gas_events"), QT_TRANSLATE_NOOP("RecordWords", "GAS dossier step")},
        {QStringLiteral("payments"), QT_TRANSLATE_NOOP("RecordWords", "Payment")},
        {QStringLiteral("measures"), QT_TRANSLATE_NOOP("RecordWords", "Measure")},
        {QStringLiteral("holder_sanctions"), QT_TRANSLATE_NOOP("RecordWords", "Holder sanction")},
        {QStringLiteral("certificates"), QT_TRANSLATE_NOOP("RecordWords", "Certificate")},
        {QStringLiteral("certificate_conditions"),
         QT_TRANSLATE_NOOP("RecordWords", "Certificate condition")},
        {QStringLiteral("certificate_events"),
         QT_TRANSLATE_NOOP("RecordWords", "Certificate event")},
        {QStringLiteral("certificate_documents"),
         QT_TRANSLATE_NOOP("RecordWords", "Certificate document")},
        {QStringLiteral("certificate_checks"),
         QT_TRANSLATE_NOOP("RecordWords", "Certificate check")},
        {QStringLiteral("inspections"), QT_TRANSLATE_NOOP("RecordWords", "Inspection")},
        {QStringLiteral("inspection_answers"),
         QT_TRANSLATE_NOOP("RecordWords", "Inspection answer")},
        {QStringLiteral("inspection_amendments"),
         QT_TRANSLATE_NOOP("RecordWords", "Inspection amendment")},
        {QStringLiteral("inspection_photos"), QT_TRANSLATE_NOOP("RecordWords", "Inspection photo")},
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("RecordWords", "Finding")},
        {QStringLiteral("letters"), QT_TRANSLATE_NOOP("RecordWords", "Letter")},
        {QStringLiteral("plans"), QT_TRANSLATE_NOOP("RecordWords", "Action plan")},
        {QStringLiteral("policy_lines"), QT_TRANSLATE_NOOP("RecordWords", "Policy line")},
        {QStringLiteral("objectives"), QT_TRANSLATE_NOOP("RecordWords", "Objective")},
        {QStringLiteral("fiches"), QT_TRANSLATE_NOOP("RecordWords", "Fiche")},
        {QStringLiteral("fiche_actions"), QT_TRANSLATE_NOOP("RecordWords", "Fiche action")},
        {QStringLiteral("fiche_indicators"), QT_TRANSLATE_NOOP("RecordWords", "Fiche indicator")},
        {QStringLiteral("fiche_partners"), QT_TRANSLATE_NOOP("RecordWords", "Fiche partner")},
        {QStringLiteral("organisations"), QT_TRANSLATE_NOOP("RecordWords", "Organisation")},
        {QStringLiteral("offences"), QT_TRANSLATE_NOOP("RecordWords", "Offence")},
        {QStringLiteral("meetings"), QT_TRANSLATE_NOOP("RecordWords", "Meeting")},
        {QStringLiteral("meeting_attendees"), QT_TRANSLATE_NOOP("RecordWords", "Meeting attendee")},
        {QStringLiteral("meeting_topics"), QT_TRANSLATE_NOOP("RecordWords", "Agenda item")},
        {QStringLiteral("meeting_actions"), QT_TRANSLATE_NOOP("RecordWords", "Action point")},
        {QStringLiteral("measure_events"), QT_TRANSLATE_NOOP("RecordWords", "Measure step")},
        {QStringLiteral("holder_sanction_events"),
         QT_TRANSLATE_NOOP("RecordWords", "Holder sanction step")},
        {QStringLiteral("window_registrations"),
         QT_TRANSLATE_NOOP("RecordWords", "Window register line")},
        {QStringLiteral("policy_notes"), QT_TRANSLATE_NOOP("RecordWords", "Policy note")},
        {QStringLiteral("branch_counts"), QT_TRANSLATE_NOOP("RecordWords", "Branch count")},
        {QStringLiteral("indicator_figures"), QT_TRANSLATE_NOOP("RecordWords", "Partner figure")},
        {QStringLiteral("report_rounds"), QT_TRANSLATE_NOOP("RecordWords", "Reporting round")},
        {QStringLiteral("rule_sets"), QT_TRANSLATE_NOOP("RecordWords", "Rule set")},
        {QStringLiteral("checklist_templates"), QT_TRANSLATE_NOOP("RecordWords", "Checklist")},
        {QStringLiteral("blobs"), QT_TRANSLATE_NOOP("RecordWords", "File")},
    };
    const auto it = kinds.constFind(entity);
    return it == kinds.constEnd() ? plain(entity) : tr(it.value());
}

QString RecordWords::field(const QString& field)
{
    static const QHash<QString, const char*> fields{
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("RecordWords", "Deleted")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("RecordWords", "Notes")},
        {QStringLiteral("street"), QT_TRANSLATE_NOOP("RecordWords", "Street")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("RecordWords", "Number")},
        {QStringLiteral("box"), QT_TRANSLATE_NOOP("RecordWords", "Box")},
        {QStringLiteral("postcode"), QT_TRANSLATE_NOOP("RecordWords", "Postcode")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("RecordWords", "City")},
        {QStringLiteral("cadastral_parcel"), QT_TRANSLATE_NOOP("RecordWords", "Cadastral parcel")},
        {QStringLiteral("family_name"), QT_TRANSLATE_NOOP("RecordWords", "Family name")},
        {QStringLiteral("given_names"), QT_TRANSLATE_NOOP("RecordWords", "Given names")},
        {QStringLiteral("legal_name"), QT_TRANSLATE_NOOP("RecordWords", "Legal name")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("RecordWords", "Address")},
        {QStringLiteral("birth_date"), QT_TRANSLATE_NOOP("RecordWords", "Birth date")},
        {QStringLiteral("national_number"),
         QT_TRANSLATE_NOOP("RecordWords", "National register number")},
        {QStringLiteral("floor"), QT_TRANSLATE_NOOP("RecordWords", "Floor")},
        {QStringLiteral("state"), QT_TRANSLATE_NOOP("RecordWords", "State")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("RecordWords", "Status")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("RecordWords", "Title")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("RecordWords", "Description")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("RecordWords", "Text")},
        {QStringLiteral("remark"), QT_TRANSLATE_NOOP("RecordWords", "Remark")},
        {QStringLiteral("result"), QT_TRANSLATE_NOOP("RecordWords", "Result")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("RecordWords", "Outcome")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("RecordWords", "Kind")},
        {QStringLiteral("role"), QT_TRANSLATE_NOOP("RecordWords", "Role")},
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("RecordWords", "Code")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("RecordWords", "Name")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("RecordWords", "Place")},
        {QStringLiteral("reference"), QT_TRANSLATE_NOOP("RecordWords", "Reference")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("RecordWords", "Amount")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("RecordWords", "Date")},
        {QStringLiteral("due_date"), QT_TRANSLATE_NOOP("RecordWords", "Due date")},
        {QStringLiteral("begins"), QT_TRANSLATE_NOOP("RecordWords", "Begins")},
        {QStringLiteral("ends"), QT_TRANSLATE_NOOP("RecordWords", "Ends")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("RecordWords", "Start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("RecordWords", "End date")},
        {QStringLiteral("event_date"), QT_TRANSLATE_NOOP("RecordWords", "Date")},
        {QStringLiteral("valid_until"), QT_TRANSLATE_NOOP("RecordWords", "Valid until")},
        {QStringLiteral("application_date"), QT_TRANSLATE_NOOP("RecordWords", "Application date")},
        {QStringLiteral("met_date"), QT_TRANSLATE_NOOP("RecordWords", "Met on")},
        {QStringLiteral("inspection_date"), QT_TRANSLATE_NOOP("RecordWords", "Inspection date")},
        {QStringLiteral("inspector"), QT_TRANSLATE_NOOP("RecordWords", "Inspector")},
        {QStringLiteral("item_code"), QT_TRANSLATE_NOOP("RecordWords", "Checklist item")},
        {QStringLiteral("window_number"), QT_TRANSLATE_NOOP("RecordWords", "Window")},
        {QStringLiteral("facts_date"), QT_TRANSLATE_NOOP("RecordWords", "Date of the facts")},
        {QStringLiteral("hearing_date"), QT_TRANSLATE_NOOP("RecordWords", "Hearing date")},
        {QStringLiteral("decision_date"), QT_TRANSLATE_NOOP("RecordWords", "Decision date")},
        {QStringLiteral("intended_fine"), QT_TRANSLATE_NOOP("RecordWords", "Intended fine")},
        {QStringLiteral("decided_fine"), QT_TRANSLATE_NOOP("RecordWords", "Fine decided")},
        {QStringLiteral("paid_amount"), QT_TRANSLATE_NOOP("RecordWords", "Amount paid")},
        {QStringLiteral("meeting_date"), QT_TRANSLATE_NOOP("RecordWords", "Meeting date")},
    };
    const auto it = fields.constFind(field);
    return it == fields.constEnd() ? plain(field) : tr(it.value());
}

QString RecordWords::record(const QString& entity, const QString& label, const QString& id)
{
    return label.isEmpty() ? tr("%1 %2").arg(kind(entity), id.left(8))
                           : tr("%1: %2").arg(kind(entity), label);
}

} // namespace regie
