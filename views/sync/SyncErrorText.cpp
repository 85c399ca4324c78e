#include "SyncErrorText.h"

#include "common/ErrorText.h"

namespace regie {

QString SyncErrorText::reason(const Error& error)
{
    const qsizetype colon = error.detail.indexOf(QLatin1Char(':'));
    return colon > 0 ? error.detail.left(colon) : QString();
}

QString SyncErrorText::message(const Error& error)
{
    const QString r = reason(error);
    if (r == QLatin1String("unknown-signer"))
        return tr("Refused: the bundle is signed by an installation that is not on the trust "
                  "list. Add that installation's public key first, after comparing its "
                  "fingerprint by phone.");
    if (r == QLatin1String("revoked-signer"))
        return tr("Refused: the bundle is signed by a peer whose key has been revoked. Nothing "
                  "from a revoked key is imported.");
    if (r == QLatin1String("bad-signature"))
        return tr("Refused: the signature does not match the contents. The file was changed or "
                  "damaged after it was signed; ask the sender for a new bundle.");
    if (r == QLatin1String("truncated"))
        return tr("Refused: the file is incomplete (it was cut short while copying). Copy it "
                  "again from the sender.");
    if (r == QLatin1String("unknown-format"))
        return tr("Refused: the bundle is written in a bundle format that this version of Regie "
                  "does not read (a newer version made it). Update Regie on this computer "
                  "first, then import it again.");
    if (r == QLatin1String("not-a-bundle") || r == QLatin1String("bad-header") ||
        r == QLatin1String("bad-receipt"))
        return tr("Refused: this file is not a Regie bundle or receipt that this version can "
                  "read.");
    if (r == QLatin1String("not-a-recipient") || r == QLatin1String("key-unwrap"))
        return tr("Refused: the bundle is addressed to another installation. Only the "
                  "installations it was made for can open it.");
    if (r == QLatin1String("sender-mismatch"))
        return tr("Refused: the bundle claims another sender than the key that signed it.");
    if (r == QLatin1String("newer-schema"))
        return tr("Refused: the bundle was made by a newer version of Regie. Update Regie on "
                  "this computer first, then import it again.");
    if (r == QLatin1String("replay"))
        return tr("Refused: this bundle was imported before. Importing it again would change "
                  "nothing.");
    if (r == QLatin1String("gap"))
        return tr("The bundle still waits for an earlier bundle from the same peer.");
    if (r == QLatin1String("bad-payload"))
        return tr("Refused: the encrypted contents are damaged. Nothing was changed; ask the "
                  "sender for a new bundle.");
    if (r == QLatin1String("wrong-passphrase"))
        return tr("The passphrase is wrong: the keys of this installation could not be "
                  "opened.");
    if (r == QLatin1String("passphrase-too-short"))
        return tr("The passphrase is too short: use at least 8 characters.");
    if (r == QLatin1String("no-keys"))
        return tr("This installation has no keys yet. Create them first.");
    if (r == QLatin1String("keys-exist"))
        return tr("This installation already has keys; its peers trust them, so they are not "
                  "replaced.");
    if (r == QLatin1String("public-key-file"))
        return tr("This file is not a Regie public-key file, or it is damaged.");
    if (r == QLatin1String("fingerprint-mismatch"))
        return tr("The public-key file is damaged: its fingerprint does not match its keys.");
    if (r == QLatin1String("peer-name"))
        return tr("Give the peer a name of 1 to 40 letters, digits, spaces, '.' or '-'.");
    if (r == QLatin1String("own-key"))
        return tr("This is the public key of this installation itself.");
    if (r == QLatin1String("name-taken"))
        return tr("Another peer already has this name. Choose another name.");
    if (r == QLatin1String("already-trusted"))
        return tr("This installation is already on the trust list.");
    if (r == QLatin1String("unknown-peer"))
        return tr("There is no peer with this name on the trust list.");
    if (r == QLatin1String("revoked-peer"))
        return tr("This peer is revoked: no bundle is made for it.");
    if (r == QLatin1String("unknown-scope"))
        return tr("The chosen scope names a kind of record that does not exist.");
    if (r == QLatin1String("not-open"))
        return tr("This conflict has already been resolved.");
    if (r == QLatin1String("unknown-conflict"))
        return tr("This conflict no longer exists.");
    return ErrorText::message(error);
}

} // namespace regie
