// Placeholder translation unit until the first widget lands (issue 4).
namespace lstmviz::ui {}
