#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace regie {

// A read-only list of the meetings views: whole rows, one selected at a time, sortable, compact
// rows, left-aligned headers, the last column stretched.
QTableView* makeMeetingTable(QAbstractItemModel* model, const QString& objectName,
                             QWidget* parent);

} // namespace regie
