//! The Rust API of a generated crate: both versions of `lib.rs` parsed with syn into an
//! inventory of public items (structs and their fields, enums and their variants,
//! methods and functions with their signatures, trait impls, constants, aliases,
//! traits), and the two inventories compared after cargo-semver-checks' lints: anything
//! removed or changed in signature breaks; a field added to a struct users can build
//! with a literal, or a variant added to an enum users can match exhaustively, breaks
//! unless the type is `#[non_exhaustive]`; everything else added is minor.
//!
//! One rule goes beyond what compiles: a generated struct is built with the typify
//! builder beside it (`types::builder::X`, whose `Default` starts every required field
//! as an `Err`), so a required field added to a `#[non_exhaustive]` struct still
//! breaks: code that built it keeps compiling, and its `try_into()` fails at run time.

use std::collections::{BTreeMap, BTreeSet};

use quote::ToTokens;

use super::{Change, Kind, Verdict};

/// One public item, as much of it as its users can depend on.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Struct {
        non_exhaustive: bool,
        /// Every field is public (a struct literal can build it).
        open: bool,
        /// Public fields: name (or position) -> type.
        fields: BTreeMap<String, String>,
        /// The fields its builder (`builder::<Name>` beside it) requires, or `None` when
        /// it has no builder.
        required: Option<BTreeSet<String>>,
        derives: Vec<String>,
    },
    Enum {
        non_exhaustive: bool,
        /// Variant -> its fields, as written, and whether it is `#[non_exhaustive]`.
        variants: BTreeMap<String, (String, bool)>,
        derives: Vec<String>,
    },
    /// A function: its signature.
    Function(String),
    /// A method (a function of an inherent impl): its signature.
    Method(String),
    /// A constant or static: its type (values are not API).
    Constant(String),
    /// A type alias: its target.
    Alias(String),
    /// A trait: its items, as written.
    Trait(String),
    /// A trait implementation (its presence is the API), or a module.
    Marker(&'static str),
}

type Inventory = BTreeMap<String, Item>;

fn tokens(t: &impl ToTokens) -> String {
    t.to_token_stream().to_string()
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn has_attr(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().any(|a| a.path().is_ident(name))
}

fn derives(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for attr in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = attr.parse_nested_meta(|meta| {
            if let Some(last) = meta.path.segments.last() {
                out.push(last.ident.to_string());
            }
            Ok(())
        });
    }
    out.sort();
    out
}

fn fields(fields: &syn::Fields) -> (bool, BTreeMap<String, String>) {
    let mut open = true;
    let mut out = BTreeMap::new();
    for (i, field) in fields.iter().enumerate() {
        if !is_pub(&field.vis) {
            open = false;
            continue;
        }
        let name = field
            .ident
            .as_ref()
            .map_or_else(|| i.to_string(), ToString::to_string);
        out.insert(name, tokens(&field.ty));
    }
    (open, out)
}

/// The name of an impl's self type (`Foo` for `impl<'a> Foo<'a>`).
fn self_name(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Path(p) => p
            .path
            .segments
            .last()
            .map_or_else(|| tokens(ty), |s| s.ident.to_string()),
        _ => tokens(ty),
    }
}

fn collect(items: &[syn::Item], module: &str, out: &mut Inventory) {
    let path = |name: &str| {
        if module.is_empty() {
            name.to_owned()
        } else {
            format!("{module}::{name}")
        }
    };
    for item in items {
        match item {
            syn::Item::Mod(m) if is_pub(&m.vis) => {
                let name = path(&m.ident.to_string());
                out.insert(name.clone(), Item::Marker("module"));
                if let Some((_, inner)) = &m.content {
                    collect(inner, &name, out);
                }
            }
            syn::Item::Struct(s) if is_pub(&s.vis) => {
                let (open, fields) = fields(&s.fields);
                out.insert(
                    path(&s.ident.to_string()),
                    Item::Struct {
                        non_exhaustive: has_attr(&s.attrs, "non_exhaustive"),
                        open,
                        fields,
                        required: None,
                        derives: derives(&s.attrs),
                    },
                );
            }
            syn::Item::Enum(e) if is_pub(&e.vis) => {
                let variants = e
                    .variants
                    .iter()
                    .map(|v| {
                        (
                            v.ident.to_string(),
                            (tokens(&v.fields), has_attr(&v.attrs, "non_exhaustive")),
                        )
                    })
                    .collect();
                out.insert(
                    path(&e.ident.to_string()),
                    Item::Enum {
                        non_exhaustive: has_attr(&e.attrs, "non_exhaustive"),
                        variants,
                        derives: derives(&e.attrs),
                    },
                );
            }
            syn::Item::Fn(f) if is_pub(&f.vis) => {
                out.insert(
                    path(&f.sig.ident.to_string()),
                    Item::Function(tokens(&f.sig)),
                );
            }
            syn::Item::Const(c) if is_pub(&c.vis) => {
                out.insert(path(&c.ident.to_string()), Item::Constant(tokens(&c.ty)));
            }
            syn::Item::Static(s) if is_pub(&s.vis) => {
                out.insert(path(&s.ident.to_string()), Item::Constant(tokens(&s.ty)));
            }
            syn::Item::Type(t) if is_pub(&t.vis) => {
                out.insert(path(&t.ident.to_string()), Item::Alias(tokens(&t.ty)));
            }
            syn::Item::Trait(t) if is_pub(&t.vis) => {
                let items: Vec<String> = t.items.iter().map(trait_item).collect();
                out.insert(path(&t.ident.to_string()), Item::Trait(items.join("; ")));
            }
            syn::Item::Use(u) if is_pub(&u.vis) => {
                out.insert(
                    path(&format!("use {}", tokens(&u.tree))),
                    Item::Marker("re-export"),
                );
            }
            syn::Item::Impl(i) => impl_items(i, module, out),
            _ => {}
        }
    }
}

/// A trait item without its default body.
fn trait_item(item: &syn::TraitItem) -> String {
    match item {
        syn::TraitItem::Fn(f) => tokens(&f.sig),
        syn::TraitItem::Const(c) => format!("const {}: {}", c.ident, tokens(&c.ty)),
        syn::TraitItem::Type(t) => format!("type {}", t.ident),
        other => tokens(other),
    }
}

fn impl_items(i: &syn::ItemImpl, module: &str, out: &mut Inventory) {
    let owner = self_name(&i.self_ty);
    let prefix = if module.is_empty() {
        owner
    } else {
        format!("{module}::{owner}")
    };
    if let Some((_, trait_path, _)) = &i.trait_ {
        // Which trait, for which type: generic arguments included (From<String>).
        let key = format!("impl {} for {}", tokens(trait_path), tokens(&i.self_ty));
        let key = if module.is_empty() {
            key
        } else {
            format!("{module}::{key}")
        };
        out.insert(key, Item::Marker("impl"));
        return;
    }
    for item in &i.items {
        match item {
            syn::ImplItem::Fn(f) if is_pub(&f.vis) => {
                out.insert(
                    format!("{prefix}::{}", f.sig.ident),
                    Item::Method(tokens(&f.sig)),
                );
            }
            syn::ImplItem::Const(c) if is_pub(&c.vis) => {
                out.insert(
                    format!("{prefix}::{}", c.ident),
                    Item::Constant(tokens(&c.ty)),
                );
            }
            _ => {}
        }
    }
}

/// The fields each builder requires, by the builder's path (`types::builder::Bar`): those
/// its `impl Default` starts as `Err("no value supplied for ..")`.
fn builder_requirements(
    items: &[syn::Item],
    module: &str,
    out: &mut BTreeMap<String, BTreeSet<String>>,
) {
    let path = |name: &str| {
        if module.is_empty() {
            name.to_owned()
        } else {
            format!("{module}::{name}")
        }
    };
    for item in items {
        match item {
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &m.content {
                    builder_requirements(inner, &path(&m.ident.to_string()), out);
                }
            }
            syn::Item::Impl(i)
                if module.ends_with("builder")
                    && i.trait_.as_ref().is_some_and(|(_, t, _)| {
                        t.segments.last().is_some_and(|s| s.ident == "Default")
                    }) =>
            {
                let mut fields = BTreeSet::new();
                for item in &i.items {
                    if let syn::ImplItem::Fn(f) = item {
                        for stmt in &f.block.stmts {
                            if let syn::Stmt::Expr(syn::Expr::Struct(value), _) = stmt {
                                fields.extend(value.fields.iter().filter_map(required_field));
                            }
                        }
                    }
                }
                out.insert(path(&self_name(&i.self_ty)), fields);
            }
            _ => {}
        }
    }
}

/// The field's name when its initial value is `Err(..)` (no default: required).
fn required_field(field: &syn::FieldValue) -> Option<String> {
    let syn::Expr::Call(call) = &field.expr else {
        return None;
    };
    let syn::Expr::Path(function) = call.func.as_ref() else {
        return None;
    };
    if !function.path.is_ident("Err") {
        return None;
    }
    match &field.member {
        syn::Member::Named(name) => Some(name.to_string()),
        syn::Member::Unnamed(index) => Some(index.index.to_string()),
    }
}

fn inventory(source: &str) -> Result<Inventory, String> {
    let mut out = Inventory::new();
    if source.trim().is_empty() {
        return Ok(out);
    }
    let file = syn::parse_file(source).map_err(|e| e.to_string())?;
    collect(&file.items, "", &mut out);
    let mut builders = BTreeMap::new();
    builder_requirements(&file.items, "", &mut builders);
    for (path, item) in &mut out {
        if let Item::Struct { required, .. } = item {
            let builder = match path.rsplit_once("::") {
                Some((module, name)) => format!("{module}::builder::{name}"),
                None => format!("builder::{path}"),
            };
            *required = builders.get(&builder).cloned();
        }
    }
    Ok(out)
}

fn subject(item: &Item) -> &'static str {
    match item {
        Item::Struct { .. } => "struct",
        Item::Enum { .. } => "enum",
        Item::Function(_) => "function",
        Item::Method(_) => "method",
        Item::Constant(_) => "constant",
        Item::Alias(_) => "type alias",
        Item::Trait(_) => "trait",
        Item::Marker(what) => what,
    }
}

fn change(subject: &'static str, at: String, kind: Kind, verdict: Verdict, why: &str) -> Change {
    Change {
        subject,
        at,
        kind,
        verdict,
        why: why.to_owned(),
    }
}

/// Every Rust API change from `old` to `new` (generated `lib.rs` sources; `old` may be
/// empty).
pub(super) fn diff(old: &str, new: &str) -> Result<Vec<Change>, String> {
    let (before, after) = (inventory(old)?, inventory(new)?);
    let mut out = Vec::new();
    for (path, item) in &before {
        if !after.contains_key(path) {
            out.push(change(
                subject(item),
                path.clone(),
                Kind::Removed,
                Verdict::Breaking,
                "code that uses it stops compiling",
            ));
        }
    }
    for (path, item) in &after {
        match before.get(path) {
            None => out.push(change(
                subject(item),
                path.clone(),
                Kind::Added,
                Verdict::Additive,
                "new",
            )),
            Some(previous) if previous != item => compare(path, previous, item, &mut out),
            Some(_) => {}
        }
    }
    Ok(out)
}

fn compare(path: &str, old: &Item, new: &Item, out: &mut Vec<Change>) {
    match (old, new) {
        (
            Item::Struct {
                non_exhaustive: ne_a,
                open: open_a,
                fields: fa,
                required: ra,
                derives: da,
            },
            Item::Struct {
                non_exhaustive: ne_b,
                open: open_b,
                fields: fb,
                required: rb,
                derives: db,
            },
        ) => {
            let required = |set: &Option<BTreeSet<String>>, name: &str| {
                set.as_ref().is_some_and(|s| s.contains(name))
            };
            // A struct literal can build it (outside the crate).
            let literal = *open_a && !*ne_a;
            for (name, ty) in fa {
                match fb.get(name) {
                    None => out.push(change(
                        "field",
                        format!("{path}::{name}"),
                        Kind::Removed,
                        Verdict::Breaking,
                        "code that reads or sets it stops compiling",
                    )),
                    Some(t) if t != ty => out.push(change(
                        "field",
                        format!("{path}::{name}"),
                        Kind::Changed,
                        Verdict::Breaking,
                        &format!("type {ty} -> {t}"),
                    )),
                    Some(_) if required(rb, name) && !required(ra, name) => out.push(change(
                        "field",
                        format!("{path}::{name}"),
                        Kind::Changed,
                        Verdict::Breaking,
                        "became required: code that builds the struct without it still \
                         compiles, and the builder's try_into fails at run time",
                    )),
                    Some(_) if required(ra, name) && !required(rb, name) => out.push(change(
                        "field",
                        format!("{path}::{name}"),
                        Kind::Changed,
                        Verdict::Additive,
                        "no longer required by the builder",
                    )),
                    Some(_) => {}
                }
            }
            for name in fb.keys().filter(|n| !fa.contains_key(*n)) {
                let (verdict, why) = if literal {
                    (
                        Verdict::Breaking,
                        "struct literals of it stop compiling (missing field)",
                    )
                } else if required(rb, name) {
                    (
                        Verdict::Breaking,
                        "required: code that builds the struct still compiles, and the \
                         builder's try_into fails at run time until it sets the field",
                    )
                } else if rb.is_some() {
                    (
                        Verdict::Additive,
                        "optional: the struct is built with its builder, which defaults it",
                    )
                } else {
                    (
                        Verdict::Additive,
                        "the struct cannot be built with a literal outside the crate",
                    )
                };
                out.push(change(
                    "field",
                    format!("{path}::{name}"),
                    Kind::Added,
                    verdict,
                    why,
                ));
            }
            if literal && (*ne_b || !*open_b) {
                let name = path.rsplit("::").next().unwrap_or(path);
                let why = match (*ne_b, rb.is_some()) {
                    (true, true) => format!(
                        "became #[non_exhaustive]: struct literals of it stop compiling \
                         outside the crate; build it with `{name}::builder()`"
                    ),
                    (true, false) => "became #[non_exhaustive]: struct literals of it stop \
                                      compiling outside the crate"
                        .to_owned(),
                    (false, _) => {
                        "gained a private field: struct literals of it stop compiling".to_owned()
                    }
                };
                out.push(change(
                    "struct",
                    path.to_owned(),
                    Kind::Changed,
                    Verdict::Breaking,
                    &why,
                ));
            } else if !literal && !*ne_b && *open_b {
                out.push(change(
                    "struct",
                    path.to_owned(),
                    Kind::Changed,
                    Verdict::Additive,
                    "can now be built with a struct literal",
                ));
            }
            derived(path, da, db, out);
        }
        (
            Item::Enum {
                non_exhaustive: ne_a,
                variants: va,
                derives: da,
            },
            Item::Enum {
                non_exhaustive: ne_b,
                variants: vb,
                derives: db,
            },
        ) => {
            for (name, shape) in va {
                match vb.get(name) {
                    None => out.push(change(
                        "variant",
                        format!("{path}::{name}"),
                        Kind::Removed,
                        Verdict::Breaking,
                        "code that builds or matches it stops compiling",
                    )),
                    Some(s) if s != shape => {
                        let (verdict, why) = if shape.1 && s.1 {
                            (
                                Verdict::Additive,
                                "fields changed in a #[non_exhaustive] variant".to_owned(),
                            )
                        } else {
                            (Verdict::Breaking, format!("fields {} -> {}", shape.0, s.0))
                        };
                        out.push(change(
                            "variant",
                            format!("{path}::{name}"),
                            Kind::Changed,
                            verdict,
                            &why,
                        ));
                    }
                    Some(_) => {}
                }
            }
            for name in vb.keys().filter(|n| !va.contains_key(*n)) {
                let (verdict, why) = if *ne_a {
                    (Verdict::Additive, "the enum is #[non_exhaustive]")
                } else {
                    (
                        Verdict::Breaking,
                        "exhaustive matches on the enum stop compiling",
                    )
                };
                out.push(change(
                    "variant",
                    format!("{path}::{name}"),
                    Kind::Added,
                    verdict,
                    why,
                ));
            }
            if *ne_a != *ne_b {
                out.push(change(
                    "enum",
                    path.to_owned(),
                    Kind::Changed,
                    if *ne_b {
                        Verdict::Breaking
                    } else {
                        Verdict::Additive
                    },
                    if *ne_b {
                        "became #[non_exhaustive]: exhaustive matches stop compiling"
                    } else {
                        "no longer #[non_exhaustive]"
                    },
                ));
            }
            derived(path, da, db, out);
        }
        (a, b) => {
            let what = |item: &Item| match item {
                Item::Function(s)
                | Item::Method(s)
                | Item::Constant(s)
                | Item::Alias(s)
                | Item::Trait(s) => s.clone(),
                other => subject(other).to_owned(),
            };
            out.push(change(
                subject(b),
                path.to_owned(),
                Kind::Changed,
                Verdict::Breaking,
                &format!("{} -> {}", what(a), what(b)),
            ));
        }
    }
}

fn derived(path: &str, old: &[String], new: &[String], out: &mut Vec<Change>) {
    for name in old.iter().filter(|d| !new.contains(d)) {
        out.push(change(
            "derive",
            format!("{path}: {name}"),
            Kind::Removed,
            Verdict::Breaking,
            "code that relies on the trait stops compiling",
        ));
    }
    for name in new.iter().filter(|d| !old.contains(d)) {
        out.push(change(
            "derive",
            format!("{path}: {name}"),
            Kind::Added,
            Verdict::Additive,
            "new trait implementation",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdicts(old: &str, new: &str) -> Vec<(String, Kind, Verdict)> {
        let mut out: Vec<_> = diff(old, new)
            .unwrap()
            .into_iter()
            .map(|c| (c.at, c.kind, c.verdict))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_field_added_breaks_struct_literals_unless_non_exhaustive() {
        let old = "pub struct A { pub x: u8 }";
        let new = "pub struct A { pub x: u8, pub y: Option<u8> }";
        assert_eq!(
            verdicts(old, new),
            [("A::y".to_owned(), Kind::Added, Verdict::Breaking)]
        );
        let old = "#[non_exhaustive] pub struct A { pub x: u8 }";
        let new = "#[non_exhaustive] pub struct A { pub x: u8, pub y: Option<u8> }";
        assert_eq!(
            verdicts(old, new),
            [("A::y".to_owned(), Kind::Added, Verdict::Additive)]
        );
    }

    /// A `#[non_exhaustive]` struct `A` with its typify builder; `fields` are `(name,
    /// type, required)`.
    fn with_builder(fields: &[(&str, &str, bool)]) -> String {
        let public: String = fields
            .iter()
            .map(|(n, t, _)| format!("pub {n}: {t}, "))
            .collect();
        let private: String = fields
            .iter()
            .map(|(n, t, _)| format!("{n}: Result<{t}, String>, "))
            .collect();
        let defaults: String = fields
            .iter()
            .map(|(n, _, required)| {
                if *required {
                    format!("{n}: Err(\"no value supplied for {n}\".to_string()), ")
                } else {
                    format!("{n}: Ok(Default::default()), ")
                }
            })
            .collect();
        format!(
            "pub mod types {{ #[non_exhaustive] pub struct A {{ {public} }} \
             impl A {{ pub fn builder() -> builder::A {{ Default::default() }} }} \
             pub mod builder {{ pub struct A {{ {private} }} \
             impl ::std::default::Default for A {{ fn default() -> Self {{ Self {{ {defaults} }} }} }} }} }}"
        )
    }

    #[test]
    fn a_required_field_added_to_a_built_struct_breaks_an_optional_one_does_not() {
        let old = with_builder(&[("x", "u8", true)]);
        let optional = with_builder(&[("x", "u8", true), ("y", "Option<u8>", false)]);
        assert_eq!(
            verdicts(&old, &optional),
            [("types::A::y".to_owned(), Kind::Added, Verdict::Additive)]
        );
        let required = with_builder(&[("x", "u8", true), ("y", "u8", true)]);
        let changes = diff(&old, &required).unwrap();
        let added = changes.iter().find(|c| c.at == "types::A::y").unwrap();
        assert_eq!(
            (added.kind, added.verdict),
            (Kind::Added, Verdict::Breaking)
        );
        assert!(added.why.contains("fails at run time"), "{}", added.why);
        // The same type, now required by the builder.
        let now_required = with_builder(&[("x", "u8", true), ("y", "Option<u8>", true)]);
        assert_eq!(
            verdicts(&optional, &now_required),
            [("types::A::y".to_owned(), Kind::Changed, Verdict::Breaking)]
        );
        assert_eq!(
            verdicts(&now_required, &optional),
            [("types::A::y".to_owned(), Kind::Changed, Verdict::Additive)]
        );
        // Removing a field still breaks.
        assert_eq!(
            verdicts(&optional, &old),
            [("types::A::y".to_owned(), Kind::Removed, Verdict::Breaking)]
        );
    }

    #[test]
    fn becoming_non_exhaustive_breaks_literals_and_names_the_builder() {
        let old = "pub mod types { pub struct A { pub x: u8 } }";
        let new = with_builder(&[("x", "u8", true)]);
        let changes = diff(old, &new).unwrap();
        let became = changes.iter().find(|c| c.at == "types::A").unwrap();
        assert_eq!(
            (became.kind, became.verdict),
            (Kind::Changed, Verdict::Breaking)
        );
        assert!(became.why.contains("`A::builder()`"), "{}", became.why);
    }

    #[test]
    fn variants_methods_and_impls() {
        let old = "pub enum E { A } impl X { pub fn f(&self) {} pub fn g(&self) {} } \
                   impl From<u8> for X {}";
        let new = "pub enum E { A, B } impl X { pub fn f(&self, x: u8) {} pub fn h(&self) {} }";
        assert_eq!(
            verdicts(old, new),
            [
                ("E::B".to_owned(), Kind::Added, Verdict::Breaking),
                ("X::f".to_owned(), Kind::Changed, Verdict::Breaking),
                ("X::g".to_owned(), Kind::Removed, Verdict::Breaking),
                ("X::h".to_owned(), Kind::Added, Verdict::Additive),
                (
                    "impl From < u8 > for X".to_owned(),
                    Kind::Removed,
                    Verdict::Breaking
                ),
            ]
        );
        let old = "#[non_exhaustive] pub enum E { A }";
        let new = "#[non_exhaustive] pub enum E { A, B }";
        assert_eq!(
            verdicts(old, new),
            [("E::B".to_owned(), Kind::Added, Verdict::Additive)]
        );
    }

    #[test]
    fn private_items_and_bodies_are_not_api() {
        let old = "struct P; pub fn f() -> u8 { 1 } pub const K: &[&str] = &[\"A\"];";
        let new = "struct Q; pub fn f() -> u8 { 2 } pub const K: &[&str] = &[\"A\", \"B\"];";
        assert!(verdicts(old, new).is_empty());
    }
}
