#pragma once

#include "shell/Page.h"

class QAction;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace regie {

class CertificateServices;
class Clock;
class FieldModeView;
class InspectionListModel;
class ViewState;
class WritePath;

// Inspections: the list of inspections (newest first, sortable, searchable) and, on Enter or
// double-click, the inspection in field mode over the whole page.
class InspectionsPage : public Page
{
    Q_OBJECT
public:
    InspectionsPage(CertificateServices& services, WritePath& writes, const Clock& clock,
                    ViewState* state = nullptr, QWidget* parent = nullptr);

    QString key() const override { return QStringLiteral("inspections"); }
    QString title() const override { return tr("Inspections"); }
    QIcon icon() const override;
    int badge() const override;
    void activate() override;
    void focusSearch() override;

    InspectionListModel* model() const { return m_model; }
    FieldModeView* fieldMode() const { return m_field; }
    // Opens an inspection in field mode; false when it cannot be read.
    bool openInspection(const QString& inspectionId);
    void showList();
    // Asks for a new inspection (of `premisesId`, reactive for the dossier `certificateId` when
    // given) and opens it in field mode.
    void newInspection(const QString& premisesId = {}, const QString& certificateId = {});

private:
    QWidget* buildListPage();
    void onListReset();

    CertificateServices& m_services;
    WritePath& m_writes;
    const Clock& m_clock;
    ViewState* m_state = nullptr;
    InspectionListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_listPage = nullptr;
    QLineEdit* m_search = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyState = nullptr;
    FieldModeView* m_field = nullptr;
    QAction* m_new = nullptr;
};

} // namespace regie
