/**
 * The house style of the PDF exports, written once: colours and type ({@link HouseStyle}), a font
 * that keeps its weight for Dutch text ({@link TextFont}), tables ({@link Tables}) and the page
 * footer ({@link PageFooter}).
 */
package nl.brabant.regiotafel.base.pdf;
