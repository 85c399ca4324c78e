#include "MainWindow.h"

#include "Page.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace regie {

MainWindow::MainWindow(const Identity& identity, QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Regie — %1").arg(QFileInfo(identity.databasePath).fileName()));
    auto* splitter = new QSplitter(this);
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setMinimumWidth(170);
    m_navigation->setMaximumWidth(260);
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChanged);
    createActions();
    createStatusBar(identity);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_save = file->addAction(tr("&Save"), this, [this] {
        if (Page* page = currentPage())
            page->save();
    });
    m_save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find"), this, [this] {
        if (Page* page = currentPage())
            page->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);
    followUndoStack(nullptr);

    createLanguageMenu(menuBar()->addMenu(tr("&View")));
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Regie"), this, [this] {
        QMessageBox::about(this, tr("About Regie"),
                           tr("<p><b>Regie</b> %1</p><p>Case management for the prostitution-"
                              "policy office and administrative enforcement.</p><p>Licensed "
                              "under the GNU GPL, version 3 or later.</p>")
                               .arg(QStringLiteral(REGIE_VERSION)));
    });
}

void MainWindow::createLanguageMenu(QMenu* view)
{
    QMenu* language = view->addMenu(tr("&Language"));
    m_languages = new QActionGroup(this);
    const std::pair<QString, QString> choices[] = {{QString(), tr("As the system")},
                                                   {QStringLiteral("nl"), QStringLiteral("Nederlands")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")},
                                                   {QStringLiteral("en"), QStringLiteral("English")}};
    for (const auto& [code, name] : choices) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setData(code);
        m_languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            Q_EMIT languageChosen(code);
            statusBar()->showMessage(tr("The language changes when Regie starts again."), 8000);
        });
    }
}

void MainWindow::setCurrentLanguage(const QString& language)
{
    for (QAction* action : m_languages->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::createStatusBar(const Identity& identity)
{
    auto* database = new QLabel(tr("Database: %1").arg(identity.databasePath), this);
    database->setObjectName(QStringLiteral("statusDatabase"));
    auto* installation = new QLabel(tr("Installation: %1").arg(identity.installation), this);
    installation->setObjectName(QStringLiteral("statusInstallation"));
    auto* user = new QLabel(tr("User: %1").arg(identity.user), this);
    statusBar()->addPermanentWidget(database);
    statusBar()->addPermanentWidget(installation);
    statusBar()->addPermanentWidget(user);
}

void MainWindow::addPage(Page* page)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(Qt::UserRole, page->key());
    item->setSizeHint(QSize(0, 34));
    const int index = m_navigation->count();
    if (index <= 9) {
        QAction* go = menuBar()->findChild<QMenu*>(QStringLiteral("goMenu"))
                          ->addAction(page->icon(), page->title(), this,
                                      [this, key = page->key()] { showPage(key); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + index)));
    }
    connect(page, &Page::badgeChanged, this, [this, page] { refreshNavigationItem(page); });
    connect(page, &Page::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    connect(page, &Page::undoStackChanged, this, [this, page](QUndoStack* stack) {
        if (page == currentPage())
            followUndoStack(stack);
    });
    refreshNavigationItem(page);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::refreshNavigationItem(Page* page)
{
    const int index = m_pages->indexOf(page);
    QListWidgetItem* item = m_navigation->item(index);
    if (!item)
        return;
    const int badge = page->badge();
    item->setText(badge > 0 ? tr("%1  (%2)").arg(page->title()).arg(badge) : page->title());
}

void MainWindow::showPage(const QString& key)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == key)
            m_navigation->setCurrentRow(i);
    }
}

QString MainWindow::currentPageKey() const
{
    const Page* page = currentPage();
    return page ? page->key() : QString();
}

Page* MainWindow::currentPage() const
{
    return qobject_cast<Page*>(m_pages->currentWidget());
}

void MainWindow::onPageChanged(int row)
{
    if (row < 0)
        return;
    m_pages->setCurrentIndex(row);
    if (Page* page = currentPage()) {
        page->activate();
        followUndoStack(page->undoStack());
    }
}

void MainWindow::followUndoStack(QUndoStack* stack)
{
    for (const auto& c : m_undoConnections)
        disconnect(c);
    m_undoConnections.clear();
    m_undoStack = stack;
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
    if (!stack)
        return;
    m_undoConnections << connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    m_undoConnections << connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    m_undoConnections << connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    m_undoConnections << connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    m_undoConnections << connect(stack, &QUndoStack::undoTextChanged, this, [this](const QString& t) {
        m_undo->setText(t.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(t));
    });
    m_undoConnections << connect(stack, &QUndoStack::redoTextChanged, this, [this](const QString& t) {
        m_redo->setText(t.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(t));
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    for (int i = 0; i < m_pages->count(); ++i) {
        auto* page = qobject_cast<Page*>(m_pages->widget(i));
        if (!page || !page->hasUnsavedChanges())
            continue;
        m_navigation->setCurrentRow(i);
        const auto answer = QMessageBox::question(
            this, tr("Unsaved changes"),
            tr("%1 has changes that are not saved yet. Save them before closing?")
                .arg(page->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !page->save())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace regie
