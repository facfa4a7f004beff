//! `#[command]`: the one declaration of a shell command.
//!
//! On a function it expands to the function with `#[tauri::command]` (so Tauri registers it
//! exactly as before), plus a hidden item of the same name in the type namespace (a braced
//! struct, which never clashes with the function) implementing
//! `crate::typed::TypedCommand`: the command's name, its doc comment, the arguments the page
//! sends (camelCase, as Tauri reads them) with their ts-rs types, and the type it resolves to.
//! From that the shell's test writes `ui/src/lib/commands.ts` (see `src-tauri/src/typed.rs`).
//!
//! Arguments Tauri supplies itself (`State<…>`, `AppHandle`, windows) are not part of the
//! caller. A `Result<T, _>`/`CmdResult<T>` resolves to `T` (the error is `call()`'s
//! `ApiError`); a raw `tauri::ipc::Response` resolves to an `ArrayBuffer`.

use proc_macro::TokenStream;
use quote::{format_ident, quote};
use syn::{
    parse_macro_input, FnArg, GenericArgument, ItemFn, Pat, PathArguments, ReturnType, Type,
};

/// See the crate's documentation.
#[proc_macro_attribute]
pub fn command(attr: TokenStream, item: TokenStream) -> TokenStream {
    if !attr.is_empty() {
        return syn::Error::new(
            proc_macro2::Span::call_site(),
            "#[command] takes no options: the TypeScript caller must call the command by its Rust name",
        )
        .to_compile_error()
        .into();
    }
    let function = parse_macro_input!(item as ItemFn);
    match expand(&function) {
        Ok(tokens) => tokens.into(),
        Err(e) => e.to_compile_error().into(),
    }
}

fn expand(function: &ItemFn) -> syn::Result<proc_macro2::TokenStream> {
    let name = &function.sig.ident;
    let name_str = name.to_string();
    let vis = &function.vis;
    let docs = doc_text(&function.attrs);

    let mut args = Vec::new();
    for input in &function.sig.inputs {
        let FnArg::Typed(typed) = input else {
            return Err(syn::Error::new_spanned(input, "a command cannot take self"));
        };
        if injected(&typed.ty) {
            continue;
        }
        let Pat::Ident(ident) = &*typed.pat else {
            return Err(syn::Error::new_spanned(
                &typed.pat,
                "name the argument plainly: the page sends it by that name",
            ));
        };
        let camel = lower_camel(&ident.ident.to_string());
        let ty = &typed.ty;
        args.push(quote! {
            crate::typed::ArgMeta { name: #camel, ty: crate::typed::ts_type::<#ty>() }
        });
    }

    let returns = match &function.sig.output {
        ReturnType::Default => quote!(crate::typed::ts_type::<()>()),
        ReturnType::Type(_, ty) => {
            let ok = ok_type(ty);
            if last_segment(ok).is_some_and(|s| s == "Response") {
                quote!(crate::typed::TsType::literal("ArrayBuffer"))
            } else {
                quote!(crate::typed::ts_type::<#ok>())
            }
        }
    };

    let meta = format_ident!("{}", name);
    Ok(quote! {
        #[::tauri::command]
        #function

        #[doc(hidden)]
        #[allow(non_camel_case_types)]
        #vis struct #meta {}

        impl crate::typed::TypedCommand for #meta {
            fn meta() -> crate::typed::CommandMeta {
                crate::typed::CommandMeta {
                    name: #name_str,
                    docs: #docs,
                    args: vec![#(#args),*],
                    returns: #returns,
                }
            }
        }
    })
}

/// Arguments Tauri fills in itself, which the page does not send.
fn injected(ty: &Type) -> bool {
    matches!(
        last_segment(ty).as_deref(),
        Some("State" | "AppHandle" | "Window" | "WebviewWindow" | "Webview")
    )
}

fn last_segment(ty: &Type) -> Option<String> {
    match ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `T` of `Result<T, E>` or `CmdResult<T>`; the type itself otherwise.
fn ok_type(ty: &Type) -> &Type {
    if let Type::Path(p) = ty {
        if let Some(last) = p.path.segments.last() {
            if last.ident == "Result" || last.ident == "CmdResult" {
                if let PathArguments::AngleBracketed(a) = &last.arguments {
                    if let Some(GenericArgument::Type(t)) = a.args.first() {
                        return t;
                    }
                }
            }
        }
    }
    ty
}

/// `base_version` → `baseVersion`: how Tauri names a command's arguments by default.
fn lower_camel(snake: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in snake.trim_start_matches('_').chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// The function's doc comment, lines joined with newlines.
fn doc_text(attrs: &[syn::Attribute]) -> String {
    let mut lines = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &nv.value
            {
                let v = s.value();
                lines.push(v.strip_prefix(' ').unwrap_or(&v).trim_end().to_string());
            }
        }
    }
    lines.join("\n")
}
