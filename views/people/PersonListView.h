#pragma once

#include <QTableView>

namespace regie {

class PersonListModel;

// The people list: one row per person, whole-row selection, sorted by name in SQL (so the header
// does not sort), with column widths that fit a formatted date and identifier.
class PersonListView : public QTableView
{
    Q_OBJECT
public:
    explicit PersonListView(PersonListModel* model, QWidget* parent = nullptr);

    // Widths that fit the content of each column in the current font and locale.
    void resetColumnWidths();
    // The row's id in the model; empty when nothing is current.
    QString currentPersonId() const;
    // Makes the person's row current and selected; false when the row is not loaded.
    bool selectPerson(const QString& id);

private:
    PersonListModel* m_model;
};

} // namespace regie
