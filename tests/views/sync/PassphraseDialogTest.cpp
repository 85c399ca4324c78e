// The passphrase dialog never shows what is typed and accepts a new passphrase only when it is
// long enough and typed twice the same.

#include "sync/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <catch2/catch.hpp>

using namespace regie;

namespace {

QPushButton* okButton(const PassphraseDialog& dialog)
{
    auto* box = dialog.findChild<QDialogButtonBox*>();
    REQUIRE(box);
    return box->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("a new passphrase must be typed twice and be long enough", "[views][sync]")
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Create, QStringLiteral("Keys"));
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    auto* again = dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain"));
    REQUIRE(first);
    REQUIRE(again);
    CHECK(first->echoMode() == QLineEdit::Password);
    CHECK(again->echoMode() == QLineEdit::Password);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    first->setText(QStringLiteral("short"));
    again->setText(QStringLiteral("short"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    first->setText(QStringLiteral("long enough phrase"));
    again->setText(QStringLiteral("long enough phrasE"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    again->setText(QStringLiteral("long enough phrase"));
    CHECK(okButton(dialog)->isEnabled());
    CHECK(dialog.passphrase() == QByteArray("long enough phrase"));
}

TEST_CASE("unlocking asks the passphrase once, hidden", "[views][sync]")
{
    PassphraseDialog dialog(PassphraseDialog::Mode::Unlock, QStringLiteral("Open"));
    CHECK_FALSE(dialog.findChild<QLineEdit*>(QStringLiteral("passphraseAgain")));
    auto* first = dialog.findChild<QLineEdit*>(QStringLiteral("passphrase"));
    REQUIRE(first);
    CHECK(first->echoMode() == QLineEdit::Password);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    first->setText(QStringLiteral("x"));
    CHECK(okButton(dialog)->isEnabled());
}
