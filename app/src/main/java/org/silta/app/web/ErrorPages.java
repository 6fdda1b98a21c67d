package org.silta.app.web;

import org.silta.app.shared.Forbidden;
import org.silta.app.shared.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Refusals and missing things as pages in the reader's language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound() {
        return page(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(Forbidden.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ModelAndView forbidden() {
        return page(HttpStatus.FORBIDDEN);
    }

    static ModelAndView page(HttpStatus status) {
        var view = new ModelAndView("error");
        view.addObject("status", status.value());
        view.setStatus(status);
        return view;
    }
}
