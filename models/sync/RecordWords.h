#pragma once

#include <QCoreApplication>
#include <QString>

namespace regie {

// Kinds of record and field names in the users' words, for the conflicts list and the import
// preview: "gas_dossiers" reads "GAS dossier", "cadastral_parcel" reads "Cadastral parcel". A name
// without a translation reads as its words ("window_registrations" -> "Window registrations").
class RecordWords
{
    Q_DECLARE_TR_FUNCTIONS(RecordWords)

public:
    static QString kind(const QString& entity);
    static QString field(const QString& field);
    // "Premises: Verversrui 3", or the kind and the first 8 characters of the id without a label.
    static QString record(const QString& entity, const QString& label, const QString& id);

private:
    static QString plain(const QString& name);
};

} // namespace regie
