#include "CertificateDialogs.h"

#include "FormDialog.h"
#include "certificates/CertificateKinds.h"
#include "common/Clock.h"
#include "inspections/CertificateServices.h"
#include "premises/CertificateTexts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace regie {

namespace {

QDateEdit* dateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QComboBox* kindCombo(const QStringList& kinds, QString (*text)(const QString&), QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (const QString& kind : kinds)
        combo->addItem(text(kind), kind);
    return combo;
}

template <typename T> std::optional<Error> submitted(const Result<T>& result, QString* id)
{
    if (!result.ok())
        return result.error();
    *id = result.value();
    return std::nullopt;
}

} // namespace

QString CertificateDialogs::newPremises(CertificateServices& services, QWidget* parent)
{
    FormDialog dialog(tr("New premises"), parent);
    dialog.setObjectName(QStringLiteral("newPremisesDialog"));
    auto* street = new QComboBox(&dialog);
    street->setEditable(true);
    street->addItems(services.premises().zone().streets());
    auto* number = new QLineEdit(&dialog);
    auto* box = new QLineEdit(&dialog);
    auto* parcel = new QLineEdit(&dialog);
    auto* windows = new QSpinBox(&dialog);
    windows->setRange(1, 99);
    dialog.form()->addRow(tr("&Street"), street);
    dialog.form()->addRow(tr("&Number"), number);
    dialog.form()->addRow(tr("&Box"), box);
    dialog.form()->addRow(tr("Cadastral &parcel"), parcel);
    dialog.form()->addRow(tr("&Windows"), windows);
    QString id;
    dialog.setSubmit([&] {
        return submitted(services.premises().add({street->currentText().trimmed(),
                                                  number->text().trimmed(), box->text().trimmed(),
                                                  parcel->text().trimmed(), windows->value()}),
                         &id);
    });
    return dialog.exec() == QDialog::Accepted ? id : QString();
}

QString CertificateDialogs::newApplication(CertificateServices& services, const Clock& clock,
                                           const QString& premisesId, const QString& renewalOf,
                                           QWidget* parent)
{
    FormDialog dialog(renewalOf.isEmpty() ? tr("New application") : tr("Renewal"), parent);
    auto* date = dateEdit(clock.today(), &dialog);
    dialog.form()->addRow(tr("Application &date"), date);
    QString id;
    dialog.setSubmit([&] {
        return submitted(services.certificates().apply(premisesId, date->date(), renewalOf), &id);
    });
    return dialog.exec() == QDialog::Accepted ? id : QString();
}

QString CertificateDialogs::addDocument(CertificateServices& services, const Clock& clock,
                                        const QString& dossierId, QWidget* parent)
{
    FormDialog dialog(tr("Document received"), parent);
    auto* kind =
        kindCombo(CertificateKinds::documentKinds(), &CertificateTexts::documentKind, &dialog);
    auto* date = dateEdit(clock.today(), &dialog);
    auto* reference = new QLineEdit(&dialog);
    dialog.form()->addRow(tr("&Document"), kind);
    dialog.form()->addRow(tr("&Issued on"), date);
    dialog.form()->addRow(tr("&Reference"), reference);
    QString id;
    dialog.setSubmit([&] {
        return submitted(
            services.certificates().addDocument(
                dossierId,
                {{}, kind->currentData().toString(), date->date(), reference->text().trimmed()}),
            &id);
    });
    return dialog.exec() == QDialog::Accepted ? id : QString();
}

QString CertificateDialogs::addCheck(CertificateServices& services, const Clock& clock,
                                     const QString& dossierId, QWidget* parent)
{
    FormDialog dialog(tr("Check"), parent);
    auto* kind = kindCombo(CertificateKinds::checkKinds(), &CertificateTexts::checkKind, &dialog);
    auto* date = dateEdit(clock.today(), &dialog);
    auto* inspector = new QLineEdit(&dialog);
    auto* favourable = new QCheckBox(tr("Favourable"), &dialog);
    favourable->setChecked(true);
    auto* remarks = new QPlainTextEdit(&dialog);
    remarks->setTabChangesFocus(true);
    remarks->setFixedHeight(70);
    dialog.form()->addRow(tr("&Check"), kind);
    dialog.form()->addRow(tr("&Date"), date);
    dialog.form()->addRow(tr("&Inspector"), inspector);
    dialog.form()->addRow(tr("Result"), favourable);
    dialog.form()->addRow(tr("&Remarks"), remarks);
    QString id;
    dialog.setSubmit([&] {
        return submitted(
            services.certificates().addCheck(dossierId, {{},
                                                         kind->currentData().toString(),
                                                         date->date(),
                                                         inspector->text().trimmed(),
                                                         favourable->isChecked(),
                                                         remarks->toPlainText().trimmed()}),
            &id);
    });
    return dialog.exec() == QDialog::Accepted ? id : QString();
}

QString CertificateDialogs::decide(CertificateServices& services, const Clock& clock,
                                   const QString& dossierId, QWidget* parent)
{
    FormDialog dialog(tr("Decision"), parent);
    auto* outcome = kindCombo(CertificateKinds::outcomes(), &CertificateTexts::outcome, &dialog);
    auto* date = dateEdit(clock.today(), &dialog);
    auto* detail = new QLineEdit(&dialog);
    dialog.form()->addRow(tr("&Outcome"), outcome);
    dialog.form()->addRow(tr("&Date"), date);
    dialog.form()->addRow(tr("&Motivation"), detail);
    auto* conditionsBox = new QWidget(&dialog);
    auto* conditions = new QVBoxLayout(conditionsBox);
    conditions->setContentsMargins(0, 0, 0, 0);
    struct ConditionRow
    {
        QLineEdit* text;
        QDateEdit* due;
    };
    QVector<ConditionRow> rows;
    auto* addCondition = new QPushButton(tr("Add &condition"), &dialog);
    const auto appendRow = [&] {
        auto* line = new QHBoxLayout;
        ConditionRow row{new QLineEdit(conditionsBox),
                         dateEdit(clock.today().addMonths(3), conditionsBox)};
        row.text->setPlaceholderText(tr("What must be done"));
        line->addWidget(row.text, 1);
        line->addWidget(row.due);
        conditions->addLayout(line);
        rows.push_back(row);
        row.text->setFocus();
    };
    QObject::connect(addCondition, &QPushButton::clicked, &dialog, appendRow);
    conditions->addWidget(addCondition);
    dialog.form()->addRow(tr("Conditions (text, due date)"), conditionsBox);
    const auto showConditions = [&] {
        const bool conditional =
            outcome->currentData() == QStringLiteral("granted-with-conditions");
        conditionsBox->setEnabled(conditional);
        if (conditional && rows.isEmpty())
            appendRow();
    };
    QObject::connect(outcome, &QComboBox::currentIndexChanged, &dialog, showConditions);
    showConditions();
    QString id;
    dialog.setSubmit([&] {
        CertificateService::Decision decision{
            outcome->currentData().toString(), date->date(), {}, detail->text().trimmed()};
        if (conditionsBox->isEnabled()) {
            for (const ConditionRow& row : rows) {
                if (!row.text->text().trimmed().isEmpty())
                    decision.conditions.push_back(
                        {{}, row.text->text().trimmed(), row.due->date(), {}});
            }
        }
        return submitted(services.certificates().decide(dossierId, decision), &id);
    });
    return dialog.exec() == QDialog::Accepted ? id : QString();
}

QString CertificateDialogs::meetCondition(CertificateServices& services, const Clock& clock,
                                          const CertificateDossier& dossier, QWidget* parent)
{
    FormDialog dialog(tr("Condition met"), parent);
    auto* condition = new QComboBox(&dialog);
    for (const CertificateCondition& c : dossier.conditions) {
        if (!c.metDate.isValid())
            condition->addItem(tr("%1 (due %2)").arg(c.text, CertificateTexts::date(c.dueDate)),
                               c.id);
    }
    auto* date = dateEdit(clock.today(), &dialog);
    dialog.form()->addRow(tr("&Condition"), condition);
    dialog.form()->addRow(tr("Met &on"), date);
    QString id;
    dialog.setSubmit([&] {
        return submitted(services.certificates().meetCondition(condition->currentData().toString(),
                                                               date->date()),
                         &id);
    });
    return dialog.exec() == QDialog::Accepted ? id : QString();
}

} // namespace regie
