#include "ChoiceDelegate.h"

#include <QComboBox>

namespace regie {

ChoiceDelegate::ChoiceDelegate(QStringList values, Labeller label, QObject* parent)
    : QStyledItemDelegate(parent), m_values(std::move(values)), m_label(std::move(label))
{
}

QWidget* ChoiceDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                      const QModelIndex&) const
{
    auto* combo = new QComboBox(parent);
    for (const QString& value : m_values)
        combo->addItem(m_label(value), value);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ChoiceDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                  const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace regie
