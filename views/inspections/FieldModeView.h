#pragma once

#include <QVector>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace regie {

class InspectionItemRow;
class RegisterCheckDialog;
class WindowRegister;
class InspectionService;
class InspectionSheetModel;
class ChecklistTemplates;
class Clock;

// Field mode: one inspection on a laptop in a doorway. A row per checklist item; every answer
// and remark is stored through InspectionService the moment it is given (one committed
// transaction each), and the row shows a "saved" mark. Finalising locks the inspection; a later
// correction is an amendment with its reason. Fits 1366×768 without horizontal scrolling.
// The writes are in FieldModeAnswers.cpp, the photos in FieldModePhotos.cpp, the window
// register check in FieldModeRegister.cpp.
class FieldModeView : public QWidget
{
    Q_OBJECT
public:
    FieldModeView(InspectionService& service, ChecklistTemplates& templates, const Clock& clock,
                  QWidget* parent = nullptr);

    // Shows the inspection; `address` names the premises in the header, `windows` are the
    // premises' window numbers (answers are for the premises as a whole or for one window).
    bool open(const QString& inspectionId, const QString& address, const QStringList& windows = {});
    // Answers from now on concern this window (empty: the premises as a whole).
    bool setWindow(const QString& window);
    QString window() const;
    QString inspectionId() const;
    bool isFinal() const;
    int rowCount() const { return int(m_rows.size()); }
    InspectionItemRow* row(int index) const { return m_rows.value(index); }
    // Focuses the first unanswered item (or the first one).
    void focusFirstOpenItem();
    // Hands every remark still being typed to the service (before leaving or finalising).
    void flushRemarks();
    // Finalises after confirmation; false when refused (the reason is shown) or cancelled.
    bool finalise(bool confirm = true);
    // Turns the not-conform answer of `code` into a draft finding (its remark as description);
    // false when refused (the reason is shown).
    bool draftFinding(const QString& code);
    // Attaches the image file at `path` to an item; false when refused (the reason is shown).
    bool attachPhoto(const QString& code, const QString& path);
    QString message() const;
    // Amends the answer of `code` on a finalised inspection; the reason is required.
    bool amend(const QString& code, const QString& result, const QString& remark,
               const QString& reason);
    // With the window register set, "Register check…" checks a worker met at a window against
    // it (a discrepancy becomes a draft finding). Not owned.
    void setWindowRegister(WindowRegister* windowRegister);
    // Opens the check for this inspection and the chosen window (window-modal); null without a
    // register or an open inspection.
    RegisterCheckDialog* checkRegister();

Q_SIGNALS:
    void closeRequested();
    void statusMessage(const QString& text);

private:
    void rebuildRows();
    void refreshRows();
    void refreshHeader();
    void store(const QString& code, const QString& result, const QString& remark);
    void addPhoto(const QString& code);
    void amendCurrent();
    void move(InspectionItemRow* from, int delta);
    void markCurrent(InspectionItemRow* current);
    int currentRow() const;
    QPixmap thumbnailOf(const QString& code) const;

    InspectionService& m_service;
    const Clock& m_clock;
    InspectionSheetModel* m_sheet = nullptr;
    QString m_address;
    QLabel* m_title = nullptr;
    QLabel* m_info = nullptr;
    QLabel* m_state = nullptr;
    QComboBox* m_window = nullptr;
    QLabel* m_message = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_rowsHost = nullptr;
    QVector<InspectionItemRow*> m_rows;
    QPushButton* m_back = nullptr;
    QPushButton* m_finalise = nullptr;
    QPushButton* m_amend = nullptr;
    QPushButton* m_registerCheck = nullptr;
    WindowRegister* m_register = nullptr;
};

} // namespace regie
