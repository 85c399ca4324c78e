#pragma once

#include "shell/Page.h"

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace regie {

class CertificateServices;
class Clock;
class DossierView;
class LetterService;
class PeopleService;
class PremisesListModel;
class ViewState;
class WindowRegister;
class WritePath;

// Premises & certificates: the premises of the tolerated zone with their certificate status
// (search, sortable columns) and, beside the list, the selected premises' certificate dossier.
class PremisesPage : public Page
{
    Q_OBJECT
public:
    PremisesPage(CertificateServices& services, WritePath& writes, const Clock& clock,
                 ViewState* state = nullptr, QWidget* parent = nullptr);
    ~PremisesPage() override;

    // The dossier's holders, window register and letters tabs: the people register (to add a
    // holder), the window register (owned by the page) and the letter service. Any may be null.
    void setRegisters(PeopleService* people, std::unique_ptr<WindowRegister> windowRegister,
                      LetterService* letters);

    QString key() const override { return QStringLiteral("premises"); }
    QString title() const override { return tr("Premises & certificates"); }
    QIcon icon() const override;
    int badge() const override;
    void activate() override;
    void focusSearch() override;

    PremisesListModel* model() const { return m_model; }
    // The window register set with setRegisters (field mode checks workers against it).
    WindowRegister* windowRegister() const { return m_windowRegister.get(); }
    DossierView* dossier() const { return m_dossier; }
    bool openPremises(const QString& premisesId);

Q_SIGNALS:
    // From the dossier: start an inspection (reactive for an undecided dossier).
    void inspectionRequested(const QString& premisesId, const QString& certificateId);

private:
    QWidget* buildTopBar();
    void onCurrentChanged(const QModelIndex& current);
    void onListReset();
    void newPremises();
    void restoreViewState();
    void saveViewState();

    CertificateServices& m_services;
    const Clock& m_clock;
    ViewState* m_state = nullptr;
    PremisesListModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QSplitter* m_splitter = nullptr;
    QStackedWidget* m_listStack = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_emptyState = nullptr;
    QStackedWidget* m_detailStack = nullptr;
    QLabel* m_placeholder = nullptr;
    DossierView* m_dossier = nullptr;
    QAction* m_newPremises = nullptr;
    std::unique_ptr<WindowRegister> m_windowRegister;
};

} // namespace regie
