// regie: the desktop application. Composition root for the GUI: settings, translations,
// the database (through AppContext) and the main window with its pages.

#include "AppContext.h"
#include "AppSettings.h"
#include "GuiPages.h"
#include "common/ErrorText.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QStyleFactory>
#include <QTranslator>

#include <cstdio>

using namespace regie;

namespace {

// Qt aborts when it finds no display; say plainly what to do instead.
bool haveDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void installTranslations(QApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("regie"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char** argv)
{
    if (!haveDisplay()) {
        std::fprintf(stderr,
                     "regie: no display found (DISPLAY and WAYLAND_DISPLAY are not set).\n"
                     "Run it under a virtual display, for example:\n"
                     "  xvfb-run -a -s \"-screen 0 1600x1000x24\" regie --db PATH\n"
                     "or use regie-cli for work without a screen.\n");
        return 2;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Regie"));
    QApplication::setApplicationName(QStringLiteral("regie"));
    QApplication::setApplicationVersion(QStringLiteral(REGIE_VERSION));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/regie/icons/regie.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."),
                                QStringLiteral("PATH"));
    QCommandLineOption langOption(QStringLiteral("lang"),
                                  QStringLiteral("Language: nl, fr or en."), QStringLiteral("xx"));
    parser.addOptions({dbOption, langOption});
    parser.process(app);

    AppSettings settings;
    if (parser.isSet(langOption))
        settings.setLanguage(parser.value(langOption));
    installTranslations(app, settings.language());

    AppContext::Options options;
    options.databasePath = parser.value(dbOption);
    options.lock = Database::Lock::Exclusive;
    auto context = AppContext::open(options);
    if (!context.ok()) {
        QMessageBox::critical(nullptr, QObject::tr("Regie cannot start"),
                              ErrorText::message(context.error()));
        return 1;
    }
    AppContext& ctx = *context.value();
    const Installation& self = ctx.workspace().installation();
    MainWindow window({ctx.workspace().db().path(),
                       QStringLiteral("%1 – %2").arg(self.shortCode, self.displayName),
                       ctx.workspace().writes().actor().userName});
    addGuiPages(window, ctx, settings);
    window.setCurrentLanguage(settings.language());
    QObject::connect(&window, &MainWindow::languageChosen, &window,
                     [&settings](const QString& language) { settings.setLanguage(language); });
    if (!window.restoreGeometry(settings.windowGeometry())) {
        const QSize screen = window.screen()->availableGeometry().size();
        window.resize(std::max(1024, screen.width() * 9 / 10), std::max(680, screen.height() * 9 / 10));
    }
    window.showPage(settings.lastPage());
    const QRect available = window.screen()->availableGeometry();
    if (settings.windowGeometry().isEmpty() && available.width() <= 1440) {
        window.setGeometry(available); // a laptop in a doorway: use the whole screen
        window.showMaximized();
    } else {
        window.show();
    }
    const int result = QApplication::exec();
    settings.setWindowGeometry(window.saveGeometry());
    settings.setLastPage(window.currentPageKey());
    return result;
}
