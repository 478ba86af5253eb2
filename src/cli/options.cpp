#include "cli/options.hpp"

#include <algorithm>
#include <iostream>

#include "util/text.hpp"

namespace aimsdoc {
namespace {

constexpr const char* kArgumentGroup = "arguments";

std::shared_ptr<const cxxopts::Value> value_of(const OptionSpec& o) {
  if (o.kind == ValueKind::flag) return cxxopts::value<bool>();
  if (o.repeated) return cxxopts::value<std::vector<std::string>>();
  if (o.kind == ValueKind::number) {
    auto v = cxxopts::value<int>();
    if (!o.default_value.empty()) v->default_value(std::string(o.default_value));
    return v;
  }
  auto v = cxxopts::value<std::string>();
  if (!o.default_value.empty()) v->default_value(std::string(o.default_value));
  return v;
}

// "DIR [ID...]": the arguments after [options] in the usage line.
std::string arguments_usage(const CommandSpec& c) {
  std::string line;
  for (const auto& a : c.arguments) {
    std::string name = value_name(a).empty() ? std::string(a.flags) : value_name(a);
    if (a.repeated) name += "...";
    line += (line.empty() ? "" : " ") + (a.required ? name : "[" + name + "]");
  }
  return line;
}

cxxopts::Options make_parser(const CommandSpec& c) {
  cxxopts::Options options("aimsdoc " + std::string(c.name),
                           std::string(c.description.empty() ? c.summary : c.description));
  options.custom_help("[options]");
  options.positional_help(arguments_usage(c));
  auto add = [&](const OptionSpec& o, const std::string& group) {
    options.add_option(group, cxxopts::Option(std::string(o.flags), std::string(o.help),
                                              value_of(o), value_name(o)));
  };
  for (const auto& o : c.options) add(o, "");
  add(help_option(), "");
  std::vector<std::string> positional;
  for (const auto& a : c.arguments) {
    add(a, kArgumentGroup);
    positional.emplace_back(a.flags);
  }
  if (!positional.empty()) options.parse_positional(positional);
  return options;
}

std::string choices_error(const CommandSpec& c, const cxxopts::ParseResult& r) {
  auto check = [&](const OptionSpec& o, bool argument) -> std::string {
    std::string name(long_name(o));
    if (o.choices.empty() || !r.count(name)) return {};
    auto value = r[name].as<std::string>();
    if (std::find(o.choices.begin(), o.choices.end(), value) != o.choices.end()) return {};
    return (argument ? name : "--" + name) + " must be one of " + value_name(o) + ", not '" +
           value + "'";
  };
  for (const auto& o : c.options)
    if (auto e = check(o, false); !e.empty()) return e;
  for (const auto& a : c.arguments)
    if (auto e = check(a, true); !e.empty()) return e;
  for (const auto& a : c.arguments)
    if (a.required && !r.count(std::string(a.flags))) return "missing " + value_name(a);
  return {};
}

}  // namespace

std::string command_help(const CommandSpec& c) {
  std::string help = make_parser(c).help({""});
  if (c.arguments.empty()) return help;
  help += "\n arguments:\n";
  for (const auto& a : c.arguments) {
    std::string name = value_name(a).empty() ? std::string(a.flags) : value_name(a);
    help += "  " + name + std::string(name.size() < 22 ? 22 - name.size() : 1, ' ') +
            std::string(a.help) + "\n";
  }
  return help;
}

std::optional<cxxopts::ParseResult> parse_options(const CommandSpec& command,
                                                  const std::vector<std::string>& args,
                                                  int& exit_code) {
  cxxopts::Options options = make_parser(command);
  std::vector<const char*> argv{"aimsdoc"};
  for (const auto& a : args) argv.push_back(a.c_str());
  try {
    auto result = options.parse(static_cast<int>(argv.size()), argv.data());
    if (result.count("help")) {
      std::cout << command_help(command);
      exit_code = 0;
      return std::nullopt;
    }
    std::string error;
    if (!result.unmatched().empty())
      error = "unexpected argument '" + result.unmatched().front() + "'";
    else
      error = choices_error(command, result);
    if (!error.empty()) {
      std::cerr << "aimsdoc " << command.name << ": " << one_line(error) << "\n";
      exit_code = 2;
      return std::nullopt;
    }
    return result;
  } catch (const cxxopts::exceptions::exception& e) {
    std::cerr << "aimsdoc " << command.name << ": " << one_line(e.what()) << "\n"
              << command_help(command);
    exit_code = 2;
    return std::nullopt;
  }
}

std::optional<Readiness> readiness_option(const cxxopts::ParseResult& parsed) {
  Readiness level;
  if (parsed.count("readiness") && parse_readiness(parsed["readiness"].as<std::string>(), level))
    return level;
  return std::nullopt;
}

}  // namespace aimsdoc
