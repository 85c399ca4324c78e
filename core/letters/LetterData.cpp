#include "LetterData.h"

#include "identifiers/PaymentReference.h"
#include "people/PersonRepository.h"
#include "premises/PremisesRepository.h"
#include "rules/GasRules.h"

#include <QLocale>

namespace regie {

using namespace Qt::StringLiterals;

namespace {

const QLocale& dutch()
{
    static const QLocale locale(QLocale::Dutch, QLocale::Belgium);
    return locale;
}

QString months(int n)
{
    return n == 1 ? u"één maand"_s : u"%1 maanden"_s.arg(n);
}

QString measureKindText(const QString& kind)
{
    if (kind == u"place-ban"_s)
        return u"plaatsverbod (artikel 134sexies van de Nieuwe Gemeentewet)"_s;
    if (kind == u"closure-trafficking"_s)
        return u"sluiting van een inrichting wegens aanwijzingen van mensenhandel (artikel "
               "134quinquies van de Nieuwe Gemeentewet)"_s;
    if (kind == u"closure-public-order"_s)
        return u"sluiting van een inrichting wegens verstoring van de openbare orde (artikel "
               "134quater van de Nieuwe Gemeentewet)"_s;
    return u"bevel na hoorzitting"_s;
}

void addDate(QJsonObject& data, const QString& key, const QDate& date)
{
    if (date.isValid())
        data.insert(key, LetterData::dutchDate(date));
}

} // namespace

QString LetterData::dutchDate(const QDate& date)
{
    return dutch().toString(date, u"d MMMM yyyy"_s);
}

QString LetterData::euro(double amount)
{
    return dutch().toString(amount, 'f', 2) + u" euro"_s;
}

Result<void> LetterData::addPerson(const QString& personId, QJsonObject& data) const
{
    auto person = PersonRepository(m_db).get(personId);
    if (!person.ok())
        return person.error();
    const bool natural = person->kind == Person::Kind::Natural;
    data.insert(u"personName"_s, natural ? (person->givenNames + u' ' + person->familyName).trimmed()
                                         : (person->legalName + u' ' + person->legalForm).trimmed());
    data.insert(u"personAddress"_s, person->address);
    data.insert(u"salutation"_s, u"mevrouw, mijnheer"_s); // gender is not recorded
    if (person->address.trimmed().isEmpty())
        data.remove(u"personAddress"_s); // no letter to a person without an address
    return {};
}

Result<QJsonObject> LetterData::forGas(const GasDossierView& view, const RuleBook& book,
                                       const Offence& offence) const
{
    const GasDossier& d = view.dossier;
    QJsonObject data;
    if (auto person = addPerson(d.personId, data); !person.ok())
        return person.error();
    auto rules = GasDossierClock::rulesFor(d.factsDate, book);
    if (!rules.ok())
        return rules.error();
    data.insert(u"dossierNumber"_s, d.number);
    data.insert(u"reportNumber"_s, d.reportNumber);
    addDate(data, u"factsDate"_s, d.factsDate);
    data.insert(u"factsPlace"_s, d.place.isEmpty() ? u"Antwerpen"_s : d.place);
    data.insert(u"offenceArticle"_s, offence.article);
    data.insert(u"offenceDescription"_s, offence.description);
    data.insert(u"intendedFine"_s, d.intendedFine ? euro(*d.intendedFine) : QString());
    data.insert(u"maxFine"_s, euro(view.clock.maxFine.value_or(
                                  d.minor ? rules->minorMaxFineEur : rules->adultMaxFineEur)));
    data.insert(u"minor"_s, d.minor);
    data.insert(u"hearingRight"_s, view.clock.hearingRight.value_or(d.minor));
    data.insert(u"defenceDays"_s, QString::number(rules->defenceDays));
    data.insert(u"paymentTermMonths"_s, months(rules->paymentMonths));
    data.insert(u"appealTermMonths"_s, months(rules->appealMonths));
    data.insert(u"appealCourt"_s, d.minor ? u"jeugdrechtbank"_s : u"politierechtbank"_s);
    data.insert(u"repeat"_s, !d.repeatOf.isEmpty());
    data.insert(u"paymentReference"_s, PaymentReference::format(d.paymentReference));
    addDate(data, u"hearingDate"_s, d.hearingDate);
    addDate(data, u"decisionDate"_s, d.decisionDate);
    addDate(data, u"paymentDue"_s, d.paymentDue);
    if (d.decidedFine && *d.decidedFine > 0) {
        data.insert(u"decidedFine"_s, euro(*d.decidedFine));
        data.insert(u"outstanding"_s, euro(qMax(0.0, *d.decidedFine - d.paidAmount)));
    }
    return data;
}

Result<QJsonObject> LetterData::forMeasure(const MeasureView& view) const
{
    const Measure& m = view.measure;
    QJsonObject data;
    if (!m.personId.isEmpty()) {
        if (auto person = addPerson(m.personId, data); !person.ok())
            return person.error();
    } else {
        auto premises = PremisesRepository(m_db).find(m.premisesId);
        if (!premises.ok())
            return premises.error();
        data.insert(u"personName"_s, u"De uitbater van de inrichting"_s);
        data.insert(u"personAddress"_s, premises->address());
        data.insert(u"salutation"_s, u"mevrouw, mijnheer"_s);
    }
    data.insert(u"dossierNumber"_s, m.number);
    data.insert(u"reportNumber"_s, QString());
    data.insert(u"measureKind"_s, measureKindText(m.kind));
    data.insert(u"perimeter"_s, m.perimeter);
    if (!m.reason.trimmed().isEmpty())
        data.insert(u"reason"_s, m.reason);
    addDate(data, u"hearingDate"_s, m.hearingDate);
    addDate(data, u"decisionDate"_s, m.decisionDate);
    return data;
}

} // namespace regie
