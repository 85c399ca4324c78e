#pragma once

#include "letters/LetterService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace regie {

class Clock;
class LetterPostDialog;
class LetterReceiptDialog;

// The letters of one dossier with their place in the registered-letter register: when each was
// posted (and its tracking number), received or returned, and the notification date that follows
// with its derivation (the day a letter was made is in its tooltip). "Posted…" and "Receipt or
// return…" record the register entries of the selected letter through LetterService, which also
// puts the notification on the dossier's legal clock; registerChanged tells the dossier view to
// read its deadlines again.
class LetterRegisterWidget : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        LetterColumn,
        PostedColumn,
        DeliveryColumn,
        NotifiedColumn
    };

    LetterRegisterWidget(LetterService& letters, const Clock& clock, QWidget* parent = nullptr);

    // Shows the letters of a dossier (number or id); empty clears the list.
    void setDossier(const QString& dossier);
    void reload();
    int letterCount() const;
    QTreeWidget* table() const { return m_table; }
    // Selects a letter by id; false when the dossier has no such letter.
    bool selectLetter(const QString& letterId);
    // Open the dialogs for the selected letter (window-modal, not blocking); nullptr when the
    // letter has no such step left (ordinary post, already posted, not yet posted, ...).
    LetterPostDialog* recordPosting();
    LetterReceiptDialog* recordReceipt();

Q_SIGNALS:
    void registerChanged(const regie::Letter& letter, const QStringList& warnings);
    void statusMessage(const QString& text);

private:
    const Letter* selected() const;
    QString titleOf(const Letter& letter) const;
    void updateButtons();
    void recorded(const LetterOutcome& outcome, const QString& what);

    LetterService& m_letters;
    const Clock& m_clock;
    QString m_dossier;
    QVector<Letter> m_rows;
    QTreeWidget* m_table = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_post = nullptr;
    QPushButton* m_receipt = nullptr;
};

} // namespace regie
