#pragma once

#include "letters/LetterService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace regie {

// Records that a registered letter was handed to the post: the posting date and the postal
// tracking number. LetterService refuses a date outside the letter's date and today, a second
// posting or a malformed number; the refusal shows here and the dialog stays open.
class LetterPostDialog : public QDialog
{
    Q_OBJECT
public:
    LetterPostDialog(LetterService& letters, const Letter& letter, const QString& title,
                     const QDate& today, QWidget* parent = nullptr);

    void setPosting(const QDate& date, const QString& tracking);
    QString errorText() const;
    bool submit();
    void accept() override;

Q_SIGNALS:
    void recorded(const regie::LetterOutcome& outcome);

private:
    LetterService& m_letters;
    QString m_letterId;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_tracking = nullptr;
    QLabel* m_error = nullptr;
};

// Records how a posted registered letter ended: the proof of receipt with its date, or its
// return (unclaimed, refused, unknown address, other) with the day it came back. A receipt
// proves the notification on that day; a returned letter keeps the presumed notification (the
// third working day after posting).
class LetterReceiptDialog : public QDialog
{
    Q_OBJECT
public:
    LetterReceiptDialog(LetterService& letters, const Letter& letter, const QString& title,
                        const QDate& today, QWidget* parent = nullptr);

    void setReceived(const QDate& date);
    void setReturned(const QString& reason, const QDate& date = {});
    QString errorText() const;
    bool submit();
    void accept() override;

    static QString reasonLabel(const QString& reason);

Q_SIGNALS:
    void recorded(const regie::LetterOutcome& outcome);

private:
    void updateFields();

    LetterService& m_letters;
    QString m_letterId;
    QRadioButton* m_receivedChoice = nullptr;
    QRadioButton* m_returnedChoice = nullptr;
    QDateEdit* m_received = nullptr;
    QComboBox* m_reason = nullptr;
    QCheckBox* m_returnDateKnown = nullptr;
    QDateEdit* m_returned = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace regie
