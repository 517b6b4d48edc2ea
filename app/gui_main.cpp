// lstmviz: the desktop program. Placeholder window until ui/ lands (issue 4).
#include <QApplication>
#include <QLabel>

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QLabel label("lstmviz");
  label.show();
  return app.exec();
}
