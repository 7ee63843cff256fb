/** Fictional demo accounts and organisations for the embedded mode: a lived-in workspace to try. */
package nl.brabant.regiotafel.demo;
