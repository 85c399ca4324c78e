#include "InspectionItemRow.h"

#include "premises/CertificateTexts.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace regie {

namespace {

constexpr int kButtonHeight = 40;

} // namespace

QString InspectionItemRow::sectionText(const QString& section)
{
    if (section == QLatin1String("safety"))
        return tr("safety");
    if (section == QLatin1String("accommodation"))
        return tr("accommodation");
    if (section == QLatin1String("prevention"))
        return tr("prevention");
    if (section == QLatin1String("registration"))
        return tr("registration");
    if (section == QLatin1String("hygiene"))
        return tr("hygiene");
    if (section == QLatin1String("fire-safety"))
        return tr("fire safety");
    return section;
}

InspectionItemRow::InspectionItemRow(int number, const QString& code, const QString& section,
                                     const QString& text, QWidget* parent)
    : QFrame(parent), m_code(code)
{
    setObjectName(QStringLiteral("itemRow_") + code);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setProperty("current", false);
    setStyleSheet(QStringLiteral(
        "regie--InspectionItemRow { border: 1px solid palette(mid); border-radius: 4px; }"
        "regie--InspectionItemRow[current=\"true\"] { border: 2px solid palette(highlight); }"
        "QToolButton:checked { font-weight: bold; }"));
    setAccessibleName(text);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(8, 6, 8, 6);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    m_question = new QLabel(QStringLiteral("<b>%1.</b> %2 <span style='color:gray'>· %3</span>")
                                .arg(number)
                                .arg(text.toHtmlEscaped(), sectionText(section).toHtmlEscaped()),
                            this);
    m_question->setWordWrap(true);
    grid->addWidget(m_question, 0, 0);

    auto* answers = new QHBoxLayout;
    answers->setSpacing(4);
    m_buttons << answerButton(QStringLiteral("conform"), tr("1 · Conform"))
              << answerButton(QStringLiteral("not-conform"), tr("2 · Not conform"))
              << answerButton(QStringLiteral("na"), tr("3 · N/A"));
    for (QToolButton* b : m_buttons)
        answers->addWidget(b);
    grid->addLayout(answers, 0, 1, 2, 1, Qt::AlignTop);

    auto* remarkRow = new QHBoxLayout;
    m_remark = new QLineEdit(this);
    m_remark->setObjectName(QStringLiteral("remarkEdit"));
    m_remark->setPlaceholderText(tr("Remark (Tab)"));
    m_remark->setAccessibleName(tr("Remark on %1").arg(text));
    m_remark->setMinimumHeight(30);
    remarkRow->addWidget(m_remark, 1);
    m_thumbnail = new QLabel(this);
    m_thumbnail->setObjectName(QStringLiteral("photoThumbnail"));
    m_thumbnail->setFixedSize(40, 30);
    m_thumbnail->setScaledContents(false);
    m_thumbnail->hide();
    remarkRow->addWidget(m_thumbnail);
    m_photo = new QToolButton(this);
    m_photo->setObjectName(QStringLiteral("photoButton"));
    m_photo->setText(tr("Photo… (P)"));
    m_photo->setFocusPolicy(Qt::NoFocus);
    m_photo->setMinimumHeight(30);
    remarkRow->addWidget(m_photo);
    m_finding = new QLabel(tr("Finding"), this);
    m_finding->setObjectName(QStringLiteral("findingMark"));
    m_finding->setToolTip(tr("A draft finding was made of this item"));
    m_finding->setStyleSheet(QStringLiteral("QLabel { background: #f4c7c3; color: #5a1010; "
                                            "border-radius: 3px; padding: 1px 6px; }"));
    m_finding->hide();
    remarkRow->addWidget(m_finding);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedMark"));
    m_saved->setMinimumWidth(110);
    remarkRow->addWidget(m_saved);
    grid->addLayout(remarkRow, 1, 0);
    grid->setColumnStretch(0, 1);

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(kRemarkIdleMs);
    connect(m_idle, &QTimer::timeout, this, &InspectionItemRow::flushRemark);
    connect(m_remark, &QLineEdit::textEdited, m_idle, qOverload<>(&QTimer::start));
    connect(m_remark, &QLineEdit::editingFinished, this, &InspectionItemRow::flushRemark);
    connect(m_photo, &QToolButton::clicked, this, [this] { Q_EMIT photoRequested(m_code); });
}

QToolButton* InspectionItemRow::answerButton(const QString& result, const QString& text)
{
    auto* button = new QToolButton(this);
    button->setObjectName(QStringLiteral("answer_") + result);
    button->setText(text);
    button->setCheckable(true);
    button->setFocusPolicy(Qt::NoFocus); // keys go through the row
    button->setMinimumSize(110, kButtonHeight);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setProperty("result", result);
    connect(button, &QToolButton::clicked, this, [this, button, result] {
        button->setChecked(result == m_result); // shown checked once stored
        setFocus();
        if (!m_locked)
            Q_EMIT answerGiven(m_code, result);
    });
    return button;
}

QString InspectionItemRow::remark() const
{
    return m_remark->text().trimmed();
}

void InspectionItemRow::setAnswer(const QString& result, const QString& remark, bool amended)
{
    m_result = result;
    for (QToolButton* b : m_buttons) {
        const bool on = b->property("result").toString() == result;
        b->setChecked(on);
        b->setStyleSheet(
            on ? (result == QLatin1String("not-conform") ? QStringLiteral("background: #f4c7c3;")
                  : result == QLatin1String("conform")   ? QStringLiteral("background: #c8e6c9;")
                                                         : QStringLiteral("background: #e0e0e0;"))
               : QString());
    }
    if (!m_remark->hasFocus() || m_locked) {
        m_remark->setText(remark);
        m_storedRemark = remark;
    }
    if (amended)
        m_question->setToolTip(tr("Amended after finalising"));
}

void InspectionItemRow::setPhotos(int count, const QPixmap& thumbnail)
{
    m_photo->setText(count > 0 ? tr("Photos: %1 (P)").arg(count) : tr("Photo… (P)"));
    m_thumbnail->setVisible(!thumbnail.isNull());
    if (!thumbnail.isNull())
        m_thumbnail->setPixmap(
            thumbnail.scaled(m_thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void InspectionItemRow::setFinding(bool drafted)
{
    m_finding->setVisible(drafted);
}

void InspectionItemRow::setSavedMark(const QString& text, bool ok)
{
    m_saved->setText(text);
    m_saved->setStyleSheet(ok ? QStringLiteral("color: #1d6b2f;")
                              : QStringLiteral("color: #b01c1c; font-weight: bold;"));
    m_saved->setToolTip(text);
}

void InspectionItemRow::setLocked(bool locked)
{
    m_locked = locked;
    for (QToolButton* b : m_buttons)
        b->setEnabled(!locked);
    m_remark->setReadOnly(locked);
    m_photo->setEnabled(!locked);
}

bool InspectionItemRow::remarkPending() const
{
    return !m_locked && remark() != m_storedRemark;
}

void InspectionItemRow::markRemarkStored()
{
    m_storedRemark = remark();
}

void InspectionItemRow::flushRemark()
{
    m_idle->stop();
    if (remarkPending())
        Q_EMIT remarkEdited(m_code, remark());
}

void InspectionItemRow::setCurrent(bool current)
{
    if (property("current").toBool() == current)
        return;
    setProperty("current", current);
    style()->unpolish(this);
    style()->polish(this);
    update();
}

void InspectionItemRow::keyPressEvent(QKeyEvent* event)
{
    QString result;
    switch (event->key()) {
    case Qt::Key_1:
    case Qt::Key_C:
        result = QStringLiteral("conform");
        break;
    case Qt::Key_2:
    case Qt::Key_N:
        result = QStringLiteral("not-conform");
        break;
    case Qt::Key_3:
    case Qt::Key_A:
        result = QStringLiteral("na");
        break;
    case Qt::Key_P:
        if (!m_locked)
            Q_EMIT photoRequested(m_code);
        return;
    case Qt::Key_F:
        Q_EMIT findingRequested(m_code);
        return;
    case Qt::Key_Up:
        Q_EMIT moveRequested(-1);
        return;
    case Qt::Key_Down:
        Q_EMIT moveRequested(1);
        return;
    default:
        QFrame::keyPressEvent(event);
        return;
    }
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QFrame::keyPressEvent(event);
        return;
    }
    if (!m_locked)
        Q_EMIT answerGiven(m_code, result);
}

void InspectionItemRow::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    QFrame::mousePressEvent(event);
}

} // namespace regie
