#include "PersonListView.h"

#include "people/PersonListModel.h"

#include <QHeaderView>

namespace regie {

PersonListView::PersonListView(PersonListModel* model, QWidget* parent)
    : QTableView(parent), m_model(model)
{
    setModel(model);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setShowGrid(false);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the list for the editor; arrows move in it
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = horizontalHeader();
    header->setSectionsClickable(false); // sorted in SQL, by name
    header->setSortIndicator(PersonListModel::NameColumn, Qt::AscendingOrder);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    resetColumnWidths();
}

void PersonListView::resetColumnWidths()
{
    const QFontMetrics metrics = fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const auto widthOf = [&](const QString& sample) {
        return metrics.horizontalAdvance(sample) + padding;
    };
    const auto fit = [&](int column, std::initializer_list<QString> samples) {
        int width = widthOf(m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& sample : samples)
            width = std::max(width, widthOf(sample));
        horizontalHeader()->resizeSection(column, width);
    };
    fit(PersonListModel::NameColumn, {QString(24, QLatin1Char('n'))});
    fit(PersonListModel::KindColumn, {PersonListModel::kindText(Person::Kind::Natural),
                                      PersonListModel::kindText(Person::Kind::Legal)});
    fit(PersonListModel::BirthDateColumn, {PersonListModel::shortDate(QDate(2000, 12, 28))});
    fit(PersonListModel::IdentifierColumn, {QStringLiteral("00.00.00-000.00")});
}

QString PersonListView::currentPersonId() const
{
    return m_model->personId(currentIndex().row());
}

bool PersonListView::selectPerson(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        selectionModel()->clear();
        return false;
    }
    const QModelIndex index = m_model->index(row, PersonListModel::NameColumn);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

} // namespace regie
