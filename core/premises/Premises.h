#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace regie {

// A window (room) of a premises, numbered 1..K when the premises is added.
struct PremisesWindow
{
    QString id;
    QString number;
    QString floor;
};

// A person holding a role on a premises for a period (ends invalid: still holding it).
struct PremisesHolder
{
    enum class Role { MainHolder, Holder, Manager };

    QString id;
    QString premisesId;
    QString personId;
    QString personName;
    Role role = Role::Holder;
    QDate begins;
    QDate ends;

    bool activeOn(const QDate& date) const
    {
        return begins <= date && (!ends.isValid() || date <= ends);
    }
    // "main-holder", "holder", "manager"
    static QString roleName(Role role);
    static bool roleFromName(const QString& name, Role* role);
};

// A window premises in the tolerated zone (domain-rules.md §5).
struct Premises
{
    QString id;
    QString street;
    QString number;
    QString box;
    QString postcode;
    QString city;
    QString cadastralParcel;
    QString notes;
    int windowCount = 0;
    QVector<PremisesWindow> windows; // filled by PremisesRepository::find only
    QVector<PremisesHolder> holders; // idem

    // "Schippersstraat 12 bus 1"
    QString address() const;
};

} // namespace regie
