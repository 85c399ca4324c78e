#include "RecordLabel.h"

#include "storage/Database.h"

#include <QHash>

namespace regie::RecordLabel {

namespace {

struct Shape
{
    QString own;          // an SQL expression over the record's columns
    QString parentEntity; // the record it belongs to, if any
    QString parentColumn;
};

QString joined(std::initializer_list<const char*> columns)
{
    QStringList parts;
    for (const char* c : columns)
        parts << QStringLiteral("coalesce(%1, '')").arg(QLatin1String(c));
    return QStringLiteral("trim(%1)").arg(parts.join(QStringLiteral(" || ' ' || ")));
}

const QHash<QString, Shape>& shapes()
{
    static const QHash<QString, Shape> s{
        {QStringLiteral("persons"),
         {QStringLiteral("CASE WHEN coalesce(legal_name, '') <> '' THEN legal_name ELSE %1 END")
              .arg(joined({"given_names", "family_name"})),
          {},
          {}}},
        {QStringLiteral("premises"),
         {QStringLiteral("%1 || CASE WHEN coalesce(box, '') <> '' THEN '/' || box ELSE '' END")
              .arg(joined({"street", "number"})),
          {},
          {}}},
        {QStringLiteral("windows"),
         {QStringLiteral("number"), QStringLiteral("premises"), QStringLiteral("premises_id")}},
        {QStringLiteral("gas_dossiers"), {QStringLiteral("number"), {}, {}}},
        {QStringLiteral("measures"), {QStringLiteral("number"), {}, {}}},
        {QStringLiteral("holder_sanctions"), {QStringLiteral("number"), {}, {}}},
        {QStringLiteral("certificates"),
         {joined({"kind", "application_date"}), QStringLiteral("premises"),
          QStringLiteral("premises_id")}},
        {QStringLiteral("certificate_conditions"),
         {QStringLiteral("substr(text, 1, 60)"), QStringLiteral("certificates"),
          QStringLiteral("certificate_id")}},
        {QStringLiteral("certificate_events"),
         {joined({"kind", "event_date"}), QStringLiteral("certificates"),
          QStringLiteral("certificate_id")}},
        {QStringLiteral("certificate_documents"),
         {joined({"kind", "document_date"}), QStringLiteral("certificates"),
          QStringLiteral("certificate_id")}},
        {QStringLiteral("certificate_checks"),
         {joined({"kind", "check_date"}), QStringLiteral("certificates"),
          QStringLiteral("certificate_id")}},
        {QStringLiteral("inspections"),
         {QStringLiteral("inspection_date"), QStringLiteral("premises"),
          QStringLiteral("premises_id")}},
        {QStringLiteral("inspection_answers"),
         {joined({"item_code", "window_number"}), QStringLiteral("inspections"),
          QStringLiteral("inspection_id")}},
        {QStringLiteral("inspection_amendments"),
         {QStringLiteral("amended_at"), QStringLiteral("inspections"),
          QStringLiteral("inspection_id")}},
        {QStringLiteral("inspection_photos"),
         {QStringLiteral("file_name"), QStringLiteral("inspections"),
          QStringLiteral("inspection_id")}},
        {QStringLiteral("findings"),
         {joined({"item_code", "window_number"}), QStringLiteral("inspections"),
          QStringLiteral("inspection_id")}},
        {QStringLiteral("premises_holders"),
         {QStringLiteral("role"), QStringLiteral("premises"), QStringLiteral("premises_id")}},
        {QStringLiteral("gas_events"),
         {joined({"type", "date"}), QStringLiteral("gas_dossiers"), QStringLiteral("dossier_id")}},
        {QStringLiteral("payments"),
         {joined({"date", "amount"}), QStringLiteral("gas_dossiers"),
          QStringLiteral("dossier_id")}},
        {QStringLiteral("letters"), {QStringLiteral("dossier_number"), {}, {}}},
        {QStringLiteral("plans"), {QStringLiteral("title"), {}, {}}},
        {QStringLiteral("policy_lines"), {joined({"code", "name"}), {}, {}}},
        {QStringLiteral("objectives"), {QStringLiteral("code"), {}, {}}},
        {QStringLiteral("fiches"), {joined({"code", "title"}), {}, {}}},
        {QStringLiteral("fiche_actions"),
         {QStringLiteral("substr(text, 1, 60)"), QStringLiteral("fiches"),
          QStringLiteral("fiche_id")}},
        {QStringLiteral("fiche_indicators"),
         {QStringLiteral("substr(text, 1, 60)"), QStringLiteral("fiches"),
          QStringLiteral("fiche_id")}},
        {QStringLiteral("fiche_partners"),
         {QStringLiteral("name"), QStringLiteral("fiches"), QStringLiteral("fiche_id")}},
        {QStringLiteral("organisations"), {QStringLiteral("name"), {}, {}}},
        {QStringLiteral("offences"), {joined({"code", "article"}), {}, {}}},
        {QStringLiteral("meetings"), {joined({"meeting_date", "title"}), {}, {}}},
        {QStringLiteral("checklist_templates"), {joined({"code", "version"}), {}, {}}},
    };
    return s;
}

// One record's own text and the id of the record it belongs to; empty when unreadable (a kind
// whose columns differ in this schema reads as unlabelled rather than failing the list).
QPair<QString, QString> read(Database& db, const QString& entity, const Shape& shape,
                             const QString& id)
{
    const QString parent = shape.parentColumn.isEmpty() ? QStringLiteral("''") : shape.parentColumn;
    QSqlQuery& q = db.prepared(
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?").arg(shape.own, parent, entity));
    q.addBindValue(id);
    QPair<QString, QString> result;
    if (q.exec() && q.next())
        result = {q.value(0).toString().simplified(), q.value(1).toString()};
    q.finish();
    return result;
}

} // namespace

QString of(Database& db, const QString& entity, const QString& id)
{
    QStringList parts;
    QString kind = entity, current = id;
    for (int depth = 0; depth < 3 && !current.isEmpty(); ++depth) {
        const auto shape = shapes().constFind(kind);
        if (shape == shapes().cend() || db.columnsOf(kind).isEmpty())
            break;
        const auto [own, parentId] = read(db, kind, shape.value(), current);
        if (!own.isEmpty())
            parts << own;
        kind = shape->parentEntity;
        current = parentId;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace regie::RecordLabel
