#pragma once

#include <QStyledItemDelegate>

namespace regie {

// Edits a cell by choosing from fixed values (stored value + shown label).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Labeller = std::function<QString(const QString&)>;
    ChoiceDelegate(QStringList values, Labeller label, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QStringList m_values;
    Labeller m_label;
};

} // namespace regie
