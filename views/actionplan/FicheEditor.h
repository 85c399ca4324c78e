#pragma once

#include "actionplan/ActionPlan.h"
#include "undo/FicheEditSession.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace regie {

class PlanItemListEditor;

// The detail editor of one action fiche: every field and the three lists. It shows the
// session's draft and turns every user edit into an undoable command of that session.
class FicheEditor : public QWidget
{
    Q_OBJECT
public:
    explicit FicheEditor(QWidget* parent = nullptr);

    void setOrganisations(const QVector<Organisation>& organisations);
    void setSession(FicheEditSession* session);
    // Shows a save error next to the form (empty text hides it).
    void showError(const QString& text);

private:
    QWidget* buildGeneralTab();
    void connectEditors();
    void showField(FicheEditSession::Field field);
    void showAll();
    void updateHeader();
    void edit(FicheEditSession::Field field, const QVariant& value);
    QLineEdit* lineEdit(const QString& objectName);
    QPlainTextEdit* textEdit(const QString& objectName, int rows);

    FicheEditSession* m_session = nullptr;
    bool m_showing = false;
    QLabel* m_header;
    QLabel* m_error;
    QTabWidget* m_tabs;
    QLineEdit* m_title;
    QComboBox* m_executor;
    QLineEdit* m_contactRole;
    QDoubleSpinBox* m_fte;
    QLineEdit* m_fteText;
    QLineEdit* m_funding;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_conditions;
    QPlainTextEdit* m_notes;
    PlanItemListEditor* m_actions;
    PlanItemListEditor* m_indicators;
    PlanItemListEditor* m_partners;
};

} // namespace regie
