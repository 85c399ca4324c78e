#pragma once

#include <QIcon>
#include <QList>
#include <QWidget>

class QAction;
class QUndoStack;

namespace regie {

// One place in the navigation pane (Vandaag, Procedures, Action plan, People, ...). A page owns
// its actions; the main window only hosts pages and the global actions.
class Page : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Stable key for settings ("actionplan", "people").
    virtual QString key() const = 0;
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    // A count shown beside the title in the navigation pane (overdue items, conflicts); 0 = none.
    virtual int badge() const { return 0; }
    // Called when the page becomes the visible one.
    virtual void activate() {}
    // Ctrl+F: focus the page's search field.
    virtual void focusSearch() {}
    // The undo stack of the current edit session, if the page has one.
    virtual QUndoStack* undoStack() const { return nullptr; }
    // Save (Ctrl+S) the page's pending edits; returns false when the user must act first.
    virtual bool save() { return true; }
    // Whether the page holds edits that are not saved yet.
    virtual bool hasUnsavedChanges() const { return false; }

Q_SIGNALS:
    void badgeChanged();
    void undoStackChanged(QUndoStack* stack);
    // A short message for the status bar.
    void statusMessage(const QString& text);
};

} // namespace regie
