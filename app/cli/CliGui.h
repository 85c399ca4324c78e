#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace regie::cli {

// Most commands run on a QCoreApplication (no display needed). A command that renders (the PDF
// report with its charts) registers here and gets a QApplication on the offscreen platform when
// there is no display.
bool registerGuiCommand(const QString& name);
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

} // namespace regie::cli
