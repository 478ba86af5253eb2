#pragma once
// A digest of everything the model was built from except the policies' bodies: what each
// input file held (site.yaml, catalogs, crosswalks, control records, each policy's front
// matter), where it was, every policy's link targets, every evidence file's content, and
// the reference date. Two models with the same digest differ at most in policy bodies, so
// a renderer can key whatever does not show a body by it, without rendering anything to
// find out that nothing changed.
//
// It is built from the loaders' digests of the input text rather than from the model's
// fields, so a field added to the model later cannot be left out of it.
#include <string>
#include <string_view>

#include "model/aims.hpp"

namespace aimsdoc {

std::string model_digest(const Aims& aims);

// What a policy adds to it, which the loader keeps in Policy::model_part_digest.
std::string model_part_digest(const Policy& p, std::string_view front_matter);

}  // namespace aimsdoc
