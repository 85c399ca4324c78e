#pragma once

#include <QMainWindow>

class QAction;
class QActionGroup;
class QMenu;
class QLabel;
class QListWidget;
class QStackedWidget;
class QUndoStack;

namespace regie {

class Page;

// Hosts the navigation pane, the stack of pages and the global actions (save, undo/redo,
// find, quit). Each page owns its own actions and work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Identity
    {
        QString databasePath;
        QString installation; // "BH - Office laptop"
        QString user;
    };

    explicit MainWindow(const Identity& identity, QWidget* parent = nullptr);

    // Pages appear in the navigation pane in the order they are added.
    void addPage(Page* page);
    void showPage(const QString& key);
    QString currentPageKey() const;
    Page* currentPage() const;
    // Marks the language in use ("" = the system's) in the View menu.
    void setCurrentLanguage(const QString& language);

Q_SIGNALS:
    // The user chose a language in the View menu; it applies from the next start.
    void languageChosen(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createLanguageMenu(QMenu* view);
    void createStatusBar(const Identity& identity);
    void onPageChanged(int row);
    void refreshNavigationItem(Page* page);
    void followUndoStack(QUndoStack* stack);

    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_save = nullptr;
    QActionGroup* m_languages = nullptr;
    QUndoStack* m_undoStack = nullptr;
    QList<QMetaObject::Connection> m_undoConnections;
};

} // namespace regie
