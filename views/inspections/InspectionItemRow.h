#pragma once

#include <QFrame>

class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace regie {

// One checklist item in field mode: the question, three large answer buttons, the remark
// (always visible), a photo button with a thumbnail and a small "saved" mark. Keyboard first:
// with the row focused, 1/C answers conform, 2/N not conform, 3/A not applicable, P adds a
// photo, F drafts a finding from a not-conform answer, Up/Down move between items, Tab goes to the
// remark. A remark is handed over for storing when the field loses focus, on Enter, and after a
// short pause in typing.
class InspectionItemRow : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kRemarkIdleMs = 800;

    InspectionItemRow(int number, const QString& code, const QString& section, const QString& text,
                      QWidget* parent = nullptr);

    // The checklist section in words ("fire-safety" -> "fire safety"); unknown ones as they are.
    static QString sectionText(const QString& section);
    QString code() const { return m_code; }
    QString result() const { return m_result; }
    QString remark() const;
    QLineEdit* remarkEdit() const { return m_remark; }

    // Shows the stored state (after a load or a store).
    void setAnswer(const QString& result, const QString& remark, bool amended);
    void setPhotos(int count, const QPixmap& thumbnail);
    void setFinding(bool drafted);
    // "✓ Saved 10:02" or, when `ok` is false, the reason in red.
    void setSavedMark(const QString& text, bool ok);
    // Finalised: answers and remark read-only (corrections go through an amendment).
    void setLocked(bool locked);
    bool isLocked() const { return m_locked; }
    // Whether the remark holds typed text not yet handed over for storing.
    bool remarkPending() const;
    void markRemarkStored();
    void setCurrent(bool current);

Q_SIGNALS:
    void answerGiven(const QString& code, const QString& result);
    void remarkEdited(const QString& code, const QString& remark);
    void photoRequested(const QString& code);
    // F on a not-conform item: turn it into a draft finding.
    void findingRequested(const QString& code);
    void moveRequested(int delta);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    QToolButton* answerButton(const QString& result, const QString& text);
    void flushRemark();

    QString m_code;
    QString m_result;
    QString m_storedRemark;
    bool m_locked = false;
    QLabel* m_question = nullptr;
    QList<QToolButton*> m_buttons;
    QLineEdit* m_remark = nullptr;
    QToolButton* m_photo = nullptr;
    QLabel* m_thumbnail = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_finding = nullptr;
    QTimer* m_idle = nullptr;
};

} // namespace regie
